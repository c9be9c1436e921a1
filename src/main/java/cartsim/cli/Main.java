package cartsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code ./cartsim COMMAND ...}. Each command is its own class in this package. */
@Command(name = "cartsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Agent-based simulator of CAR-T cell therapy for blood cancers.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, DescribeCommand.class, GuiCommand.class, SnapshotCommand.class, AnimateCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** runs the command line and returns the exit code (tests call this instead of main) */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
