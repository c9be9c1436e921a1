package cartsim.cli;

import cartsim.gui.GuiLauncher;
import cartsim.gui.ScenarioFiles;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sim.display.Console;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code cartsim gui}: the live classroom GUI (MASON Console). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the live classroom GUI: tissue view with narration, charts and live controls in the MASON Console; "
                + "--compare shows two scenarios side by side.")
public final class GuiCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario YAML file (default: scenarios/classroom.yaml, else scenarios/default.yaml, else built-in defaults)")
    private Path scenario;

    @Option(names = "--compare", paramLabel = "B.yaml",
            description = "run a second scenario side by side on the same clock, with the same seed (the first scenario's)")
    private Path compare;

    @Option(names = "--teach", description = "teach mode: pause at each narrated event (can also be ticked under the tissue view)")
    private boolean teach;

    @Override
    public Integer call() throws InterruptedException {
        try {
            // bad files are reported even without a display
            List<Scenario> runs = new ArrayList<>(List.of(ScenarioFiles.load(scenario, List.of())));
            if (compare != null) runs.add(ScenarioFiles.load(compare, List.of()));
            if (GraphicsEnvironment.isHeadless()) {
                spec.commandLine().getErr().println("no display available; use 'cartsim snapshot' or 'cartsim animate' for pictures");
                return 1;
            }
            Console console = GuiLauncher.open(runs, teach);
            // Main exits the JVM when a command returns, so stay here until the Console window goes
            CountDownLatch closed = new CountDownLatch(1);
            console.addWindowListener(new WindowAdapter() {
                @Override public void windowClosed(WindowEvent e) { closed.countDown(); }
            });
            closed.await();
            return 0;
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
