package cartsim.cli;

import cartsim.gui.HeatLayer;
import cartsim.gui.Playback;
import cartsim.gui.ScenarioFiles;
import cartsim.scenario.ScenarioException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the picture commands (snapshot, animate): scenario, seed, layer, overrides. */
final class PictureOptions {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario YAML file (default: scenarios/classroom.yaml, else scenarios/default.yaml, else built-in defaults)")
    Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's simulation.seed)")
    Long seed;

    @Option(names = "--layer", paramLabel = "none|il6|ifng", converter = GuiOptions.LayerConverter.class,
            description = "cytokine heat map over the tissue (default: none)")
    HeatLayer layer = HeatLayer.NONE;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override one parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    /** a headless run of the chosen scenario, ready to be advanced to a day */
    Playback playback(double untilDay) throws ScenarioException {
        return new Playback(ScenarioFiles.load(scenario, sets), seed, untilDay);
    }
}
