package cartsim.model;

import cartsim.model.params.Parameters;
import cartsim.scenario.CartSchema;
import cartsim.scenario.ParamRegistry;
import cartsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manufactured product is released with a measured composition: the infused sample meets the
 * CD4:CD8 ratio and the memory share exactly (to one cell), and a small dose is simulated by
 * {@code simulation.min_cart_agents} weighted agents instead of a handful of whole cells.
 */
class ProductCompositionTest {

    static Parameters preset(String file, String... sets) throws Exception {
        return ParamRegistry.bind(ScenarioLoader.load(Path.of("scenarios", file), List.of(sets), CartSchema.get()));
    }

    /** the infusion alone, on the seeded tile; returns {cd4, cd8, memory, agents} of the infused cells */
    static int[] infused(Parameters p, long seed) {
        CarTModel m = new CarTModel(p, seed);
        m.start();
        m.infuse();
        CarT c = m.cart;
        int cd4 = 0, cd8 = 0, mem = 0;
        for (int i = 0; i < c.count; i++) {
            if (c.pheno[i] == CarT.DEAD) continue;
            if (c.cd4[i]) cd4++; else cd8++;
            if (c.pheno[i] == CarT.MEMORY) mem++;
        }
        return new int[]{cd4, cd8, mem, m.cartAgentsInfused};
    }

    @Test
    void lisoCelIsInfusedOneToOne() throws Exception {
        Parameters p = preset("liso-cel-lbcl.yaml");
        for (long seed = 1; seed <= 5; seed++) {
            int[] c = infused(p, seed);
            assertTrue(Math.abs(c[0] - c[1]) <= 1, "seed " + seed + ": CD4 " + c[0] + " vs CD8 " + c[1]);
            assertEquals(c[3], c[0] + c[1]);
            // memory share stratified within CD4 and CD8: each rounds to within one cell
            double want = p.product().memory_fraction() * c[3];
            assertEquals(want, c[2], 1.0, "seed " + seed + ": memory cells");
        }
    }

    @Test
    void aSmallDoseIsSimulatedByTheMinimumSampleOfWeightedAgents() throws Exception {
        Parameters p = preset("cilta-cel-mm.yaml");
        int[] c = infused(p, 3);
        assertEquals(p.simulation().min_cart_agents(), c[3], "cilta-cel's ~5 tile cells become the minimum sample");
        assertTrue(c[2] > 0, "a 5-cell product no longer lacks memory cells");
        // switched off: one agent per tile cell, a handful of founders
        int[] off = infused(preset("cilta-cel-mm.yaml", "simulation.min_cart_agents=0"), 3);
        assertTrue(off[3] < 20, "without the weighted sample: " + off[3] + " agents");
    }
}
