package cartsim.cli;

import cartsim.scenario.CartSchema;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cartsim validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files against the parameter schema. Prints OK FILE for each valid "
                + "file and one FILE:LINE:COLUMN: key: problem line per invalid file. Exit code 0 when all "
                + "are valid, 2 otherwise.")
public final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario YAML files")
    private List<Path> files;

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path f : files) {
            try {
                ScenarioLoader.load(f, List.of(), CartSchema.get());
                spec.commandLine().getOut().println("OK " + f);
            } catch (ScenarioException e) {
                allValid = false;
                spec.commandLine().getErr().println(e.getMessage());
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return allValid ? 0 : INVALID;
    }
}
