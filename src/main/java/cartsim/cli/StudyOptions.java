package cartsim.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the many-run commands (sweep, trial). */
final class StudyOptions {
    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--days", paramLabel = "D", description = "days after infusion to simulate (default: the file's, else the scenario's)")
    Double days;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter of the file's scenario (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: a new folder under results/)")
    Path out;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--charts", description = "also draw the charts into DIR/charts/ at the end")
    boolean charts;
}
