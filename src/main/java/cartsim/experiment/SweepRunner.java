package cartsim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the given runs of a plan in parallel, journaling each as soon as it finishes. */
final class SweepRunner {
    static final String RUNS_DIR = "runs";

    private SweepRunner() {}

    static void run(SweepPlan plan, List<SweepPlan.RunSpec> todo, int threads, Path out, Journal journal,
                    Consumer<RunRecord> finished) throws IOException, InterruptedException {
        List<Callable<RunRecord>> tasks = new ArrayList<>();
        for (SweepPlan.RunSpec r : todo) tasks.add(() -> one(plan, r, out, journal));
        ParallelRuns.run(tasks, threads, finished);
    }

    private static RunRecord one(SweepPlan plan, SweepPlan.RunSpec r, Path out, Journal journal) throws IOException {
        RunOutput o = Simulation.run(plan.scenario(r.point()), r.seed(), null, null);
        if (plan.spec().timeseries()) writeTimeSeries(out.resolve(RUNS_DIR), r.runId(), o);
        RunRecord rec = new RunRecord(r.runId(), r.point(), r.replicate(), r.seed(), o.summary());
        // journaled last: a journaled run always has its time series on disk
        journal.append(rec);
        return rec;
    }

    private static void writeTimeSeries(Path runs, int runId, RunOutput o) throws IOException {
        Path target = runs.resolve(Integer.toString(runId));
        Path tmp = runs.resolve("." + runId + ".tmp");
        AtomicDir.deleteTree(tmp); // a half-written one from a run that was killed
        Files.createDirectories(tmp);
        RunWriter.writeTimeSeries(tmp.resolve("timeseries.csv"), o.rows());
        AtomicDir.deleteTree(target); // left by a run that was cut off before it was journaled
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
