package cartsim.cli;

import cartsim.gui.HeatLayer;
import cartsim.gui.PictureRuns;
import cartsim.gui.ScenarioFiles;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the picture commands (snapshot, animate): scenario, --compare, seed, layer, overrides. */
final class PictureOptions {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario YAML file (default: scenarios/classroom.yaml, else scenarios/default.yaml, else built-in defaults)")
    Path scenario;

    @Option(names = "--compare", paramLabel = "B.yaml",
            description = "a second scenario shown side by side, with the same seed and the same --set overrides")
    Path compare;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's simulation.seed)")
    Long seed;

    @Option(names = "--layer", paramLabel = "none|il6|ifng", converter = GuiOptions.LayerConverter.class,
            description = "cytokine heat map over the tissue (default: none)")
    HeatLayer layer = HeatLayer.NONE;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override one parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    /** headless run(s) of the chosen scenario (and the --compare one), ready to be advanced to a day */
    PictureRuns runs(double untilDay) throws ScenarioException {
        List<Scenario> s = new ArrayList<>(List.of(ScenarioFiles.load(scenario, sets)));
        if (compare != null) s.add(ScenarioFiles.load(compare, sets));
        return new PictureRuns(s, seed, untilDay);
    }
}
