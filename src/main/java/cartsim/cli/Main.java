package cartsim.cli;

import cartsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;

/** Entry point: {@code ./cartsim COMMAND ...}. Each command is its own class in this package. */
@Command(name = "cartsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Agent-based simulator of CAR-T cell therapy for blood cancers.",
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 bad input (scenario, sweep, trial or calibration file or option), 130 interrupted."},
        subcommands = {CommandLine.HelpCommand.class, RunCommand.class, ValidateCommand.class, DescribeCommand.class,
                BenchCommand.class, PlotCommand.class, SweepCommand.class, TrialCommand.class, MergeCommand.class,
                GuiCommand.class, SnapshotCommand.class, AnimateCommand.class, SchemaCommand.class, CalibrateCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        LauncherStderr.adopt();
        System.exit(run(args));
    }

    /** runs the command line and returns the exit code (tests call this instead of main) */
    public static int run(String... args) {
        CommandLines.set(args);
        return commandLine().execute(args);
    }

    /** the command line with cartsim's error handling; tests may redirect its out/err writers */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        // a mistyped option gets one line and a pointer to --help, not the whole usage text
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String name = c == cl ? "cartsim" : "cartsim " + c.getCommandName();
            c.getErr().println(name + ": " + ex.getMessage() + " (see " + name + " --help)");
            c.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    /** every failure becomes one line on stderr; bad input exits 2, anything else 1 */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof ScenarioException || e instanceof UserError) {
            cl.getErr().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof FileAlreadyExistsException f) {
            cl.getErr().println("cartsim: output exists: " + f.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof IOException io) {
            cl.getErr().println(IoProblems.describe(io));
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof InterruptedException) {
            cl.getErr().println("cartsim: interrupted");
            return ExitCodes.INTERRUPTED;
        }
        cl.getErr().println("cartsim: internal error: " + e);
        return ExitCodes.INTERNAL;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
