package cartsim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs a sweep (or one shard of it) into its output folder. Unlike single runs, the folder is
 * created up front, marked incomplete in manifest.json, and receives each run as it finishes
 * (see {@link Journal}); the final tables are written at the end, each atomically, then the
 * manifest is marked complete. A killed sweep is continued with {@code resume}.
 */
public final class SweepJob {
    public static final String MANIFEST = "manifest.json", SWEEP_FILE = "sweep.yaml", RUNS = "runs.csv",
            SUMMARY = "summary.csv", SENSITIVITY = "sensitivity.csv";

    /** what happened: runs done now, runs found from before, whether the folder was complete already */
    public record Outcome(Path dir, int ran, int resumed, boolean alreadyComplete, double wallSeconds) {}

    private SweepJob() {}

    /**
     * @param finished called on the calling thread after each run is journaled, with the number
     *                 of runs of this shard done so far (tests use it to simulate a kill)
     */
    public static Outcome run(SweepPlan plan, Shard shard, Path out, boolean resume, int threads, String command,
                              Consumer<Integer> finished) throws IOException, InterruptedException, BadFolderException {
        long t0 = System.nanoTime();
        Path dir = out.toAbsolutePath().normalize();
        List<SweepPlan.RunSpec> mine = plan.runs(shard);
        if (mine.isEmpty()) {
            throw new BadFolderException("--shard " + shard + ": the sweep has only " + plan.runs().size()
                    + " runs, so this shard would have none");
        }
        StudyFolder.refuseInUse(dir, resume);
        Map<String, Object> manifest = startManifest(plan, shard, command, mine.size());
        if (StudyFolder.inUse(dir)) {
            Map<String, Object> old = readManifest(dir);
            StudyFolder.checkSame(old, "sweep_hash", plan.hash(), shard, dir, "sweep",
                    "the sweep file, its base scenario, --set, --days, --replicates or --timeseries differ");
            if (Boolean.TRUE.equals(old.get("complete"))) {
                new Journal(dir).delete(); // a kill between the final manifest and the clean-up
                return new Outcome(dir, 0, mine.size(), true, 0);
            }
            manifest.put("started_at", old.getOrDefault("started_at", manifest.get("started_at")));
            writeManifestDurably(dir, manifest);
        } else {
            StudyFolder.create(dir, manifest, plan.spec().file(), SWEEP_FILE);
        }

        Journal journal = new Journal(dir);
        TreeMap<Integer, RunRecord> before = journal.readAll();
        List<SweepPlan.RunSpec> todo = new ArrayList<>();
        for (SweepPlan.RunSpec r : mine) {
            RunRecord had = before.get(r.runId());
            if (had == null || had.seed() != r.seed()) todo.add(r);
        }
        int resumed = mine.size() - todo.size();
        int[] done = {resumed};
        SweepRunner.run(plan, todo, threads, dir, journal, rec -> {
            done[0]++;
            if (finished != null) finished.accept(done[0]);
        });

        TreeMap<Integer, RunRecord> all = journal.readAll();
        List<RunRecord> records = new ArrayList<>();
        for (SweepPlan.RunSpec r : mine) {
            RunRecord rec = all.get(r.runId());
            if (rec == null) throw new IOException("run " + r.runId() + " finished but its journal entry is missing in " + dir);
            records.add(rec);
        }
        RunsTable table = RunsTable.of(plan, records);
        writeTables(dir, table, plan.spec().design() == SweepSpec.Design.LHS);
        double wall = (System.nanoTime() - t0) / 1e9;
        manifest.put("endpoint_kinds", table.kinds());
        manifest.put("resumed_runs", resumed);
        manifest.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        manifest.put("complete", true);
        writeManifestDurably(dir, manifest);
        journal.delete();
        return new Outcome(dir, todo.size(), resumed, false, wall);
    }

    static void writeTables(Path dir, RunsTable table, boolean sensitivity) throws IOException {
        DurableFiles.write(dir.resolve(RUNS), table.toCsv());
        DurableFiles.write(dir.resolve(SUMMARY), SweepStatistics.summary(table));
        if (sensitivity) DurableFiles.write(dir.resolve(SENSITIVITY), SweepStatistics.sensitivity(table));
    }

    static void writeManifestDurably(Path dir, Map<String, Object> manifest) throws IOException {
        StudyFolder.writeManifest(dir, manifest);
    }

    private static Map<String, Object> startManifest(SweepPlan plan, Shard shard, String command, int runs) {
        SweepSpec s = plan.spec();
        Map<String, Object> m = Manifest.base("sweep", command);
        m.put("complete", false);
        m.put("sweep_name", s.name());
        m.put("sweep_hash", plan.hash());
        m.put("seed", s.seed());
        m.put("design", s.design().word());
        if (s.design() == SweepSpec.Design.LHS) m.put("samples", s.samples());
        m.put("varied", s.variedPaths());
        m.put("points", plan.points().size());
        m.put("replicates", s.replicates());
        m.put("runs", runs);
        m.put("total_runs", plan.runs().size());
        m.put("shard", StudyFolder.shardEntry(shard));
        m.put("base_scenario", s.base().name());
        m.put("days", s.base().d("simulation.days"));
        m.put("timeseries", s.timeseries());
        return m;
    }

    static Map<String, Object> readManifest(Path dir) throws BadFolderException {
        return StudyFolder.readManifest(dir, "sweep");
    }
}
