package cartsim.cli;

import cartsim.scenario.Describe;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cartsim describe [SCENARIO] [--set k=v]...}: shows every resolved parameter. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Print every parameter of a resolved scenario: value, unit, allowed range, default, "
                + "where it was set and the source of the default.")
public final class DescribeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario YAML file (default: scenarios/default.yaml if present, else built-in defaults)")
    private Path scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override one parameter, e.g. --set product.targets=[CD19,CD22] (repeatable)")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            Scenario s = resolve();
            spec.commandLine().getOut().print(Describe.describe(s));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ScenarioException | UserError e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ValidateCommand.INVALID;
        }
    }

    private Scenario resolve() throws ScenarioException {
        return Scenarios.load(scenario, sets);
    }
}
