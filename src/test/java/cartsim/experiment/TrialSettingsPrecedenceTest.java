package cartsim.experiment;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A trial's scenario is laid up as base file < protocol < {@code set:} < {@code --set}: the command
 * line has the last word, as in sweeps. (Before, the protocol and {@code set:} were applied after
 * {@code --set} and silently undid it, so {@code --set simulation.lattice_width=100} on ELIANA
 * still ran its trial's 75 × 75 tile.)
 */
class TrialSettingsPrecedenceTest {
    private static TrialSpec eliana(String... sets) throws Exception {
        return TrialLoader.load(Path.of("trials/eliana.yaml"), new TrialLoader.Overrides(null, null, null, List.of(sets)));
    }

    @Test
    void theTrialFilesSetFixesTheTile() throws Exception {
        assertEquals(75, eliana().scenario().i("simulation.lattice_width"));
        assertEquals(560, eliana().scenario().i("simulation.min_cart_agents"));
    }

    @Test
    void aCommandLineSetWinsOverTheTrialFilesSet() throws Exception {
        TrialSpec t = eliana("simulation.lattice_width=100", "simulation.lattice_height=100", "simulation.min_cart_agents=1000");
        assertEquals(100, t.scenario().i("simulation.lattice_width"));
        assertEquals(100, t.scenario().i("simulation.lattice_height"));
        assertEquals(1000, t.scenario().i("simulation.min_cart_agents"));
    }

    @Test
    void aCommandLineSetWinsOverTheProtocol() throws Exception {
        // protocols/eliana-severe-only.yaml gives tocilizumab from CRS grade 3; --set names grade 1
        assertEquals(3, eliana().scenario().i("treatment.tocilizumab.min_crs_grade"));
        assertEquals(1, eliana("treatment.tocilizumab.min_crs_grade=1").scenario().i("treatment.tocilizumab.min_crs_grade"));
    }
}
