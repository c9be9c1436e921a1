package cartsim.cli;

import cartsim.experiment.Shard;
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

    @Option(names = "--shard", paramLabel = "K/N", description = "run only shard K of N (see docs/cluster.md); combine the folders with merge")
    String shard;

    @Option(names = "--resume", description = "continue an interrupted run in --out, running only what is missing")
    boolean resume;

    @Option(names = "--check", description = "check the file, its scenario and every run it implies, print what would run, write nothing")
    boolean check;

    /** the --shard option, checked */
    Shard shard() {
        if (shard == null) return Shard.ALL;
        Shard sh = Shard.parse(shard);
        if (sh == null) throw new UserError("--shard: expected K/N with 1 <= K <= N, got \"" + shard + "\"");
        return sh;
    }

    /** --resume needs to know which folder to continue */
    void checkResume() {
        if (resume && out == null) throw new UserError("--resume needs --out DIR: the folder to continue");
    }
}
