package cartsim.experiment;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Combines the folders of a sharded sweep into the folder one machine would have written:
 * runs.csv rows in run-id order, summary and sensitivity recomputed from them, time series
 * gathered. Refuses shards of different sweeps or cartsim versions, incomplete shards, and
 * missing or duplicate runs.
 */
public final class SweepMerge {
    private SweepMerge() {}

    /** @return the number of runs merged */
    @SuppressWarnings("unchecked")
    public static int merge(List<Path> shardDirs, Path out, String command) throws IOException, BadFolderException {
        List<Map<String, Object>> manifests = StudyFolder.completeManifests(shardDirs, "sweep",
                "the sweep file, its base scenario, --set, --days, --replicates or --timeseries");
        Map<String, Object> first = manifests.get(0);
        List<String> varied = (List<String>) first.get("varied");
        List<RunsTable> tables = new ArrayList<>();
        for (int i = 0; i < shardDirs.size(); i++) {
            Map<String, String> kinds = (Map<String, String>) manifests.get(i).get("endpoint_kinds");
            tables.add(RunsTable.read(shardDirs.get(i).resolve(SweepJob.RUNS), varied, kinds));
        }
        Map<String, String> kinds = reconcileKinds(tables, shardDirs);

        TreeMap<Integer, List<String>> rows = new TreeMap<>();
        Map<Integer, Path> from = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            for (List<String> r : tables.get(i).rows()) {
                int id = tables.get(i).runId(r);
                if (rows.put(id, r) != null) {
                    throw new BadFolderException("run " + id + " is in both " + from.get(id) + " and " + shardDirs.get(i)
                            + " (the same shard given twice?)");
                }
                from.put(id, shardDirs.get(i));
            }
        }
        int total = ((Number) first.get("total_runs")).intValue();
        List<Integer> missing = new ArrayList<>();
        for (int id = 0; id < total && missing.size() < 10; id++) if (!rows.containsKey(id)) missing.add(id);
        if (!missing.isEmpty()) {
            throw new BadFolderException("runs missing from the shards given: run_id " + missing
                    + (missing.size() == 10 ? " …" : "") + " (" + rows.size() + " of " + total + " present)");
        }
        RunsTable merged = new RunsTable(varied, kinds, new ArrayList<>(rows.values()));

        try (AtomicDir tmp = new AtomicDir(out)) {
            Files.copy(shardDirs.get(0).resolve(SweepJob.SWEEP_FILE), tmp.path().resolve(SweepJob.SWEEP_FILE));
            SweepJob.writeTables(tmp.path(), merged, "lhs".equals(first.get("design")));
            copyTimeSeries(shardDirs, tmp.path());
            RunWriter.writeJson(tmp.path().resolve(SweepJob.MANIFEST), manifest(first, manifests, shardDirs, kinds, command));
            tmp.commit();
        }
        return rows.size();
    }

    /**
     * A column null in every run of one shard carries no type there; the kind comes from a shard
     * where it has values, exactly as a single machine would have classified it.
     */
    private static Map<String, String> reconcileKinds(List<RunsTable> tables, List<Path> dirs) throws BadFolderException {
        Map<String, String> out = new LinkedHashMap<>(tables.get(0).kinds());
        for (String col : out.keySet()) {
            String seen = null;
            for (int i = 0; i < tables.size(); i++) {
                RunsTable t = tables.get(i);
                String kind = t.kinds().get(col);
                boolean hasValues = t.rows().stream().anyMatch(r -> !t.cell(r, col).isEmpty());
                if (!hasValues) continue;
                if (seen != null && !seen.equals(kind)) {
                    throw new BadFolderException(dirs.get(i) + ": endpoint " + col + " is " + kind + " but " + seen + " elsewhere");
                }
                seen = kind;
            }
            if (seen != null) out.put(col, seen);
        }
        return out;
    }

    private static void copyTimeSeries(List<Path> shardDirs, Path target) throws IOException {
        for (Path d : shardDirs) {
            Path runs = d.resolve(SweepRunner.RUNS_DIR);
            if (!Files.isDirectory(runs)) continue;
            try (Stream<Path> s = Files.list(runs)) {
                for (Path run : s.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    Path dest = target.resolve(SweepRunner.RUNS_DIR).resolve(run.getFileName().toString());
                    Files.createDirectories(dest);
                    try (Stream<Path> files = Files.list(run)) {
                        for (Path f : files.toList()) Files.copy(f, dest.resolve(f.getFileName().toString()));
                    }
                }
            }
        }
    }

    private static Map<String, Object> manifest(Map<String, Object> first, List<Map<String, Object>> shards, List<Path> dirs,
                                                Map<String, String> kinds, String command) {
        Map<String, Object> m = Manifest.base("sweep", command);
        for (String k : List.of("sweep_name", "sweep_hash", "seed", "design", "samples", "varied", "points", "replicates")) {
            if (first.containsKey(k)) m.put(k, first.get(k));
        }
        m.put("complete", true);
        m.put("runs", first.get("total_runs"));
        m.put("total_runs", first.get("total_runs"));
        m.put("shard", null);
        m.put("merged_from", dirs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        m.put("shard_git_commits", shards.stream().map(s -> s.get("git_commit")).distinct().toList());
        for (String k : List.of("base_scenario", "days", "timeseries")) m.put(k, first.get(k));
        m.put("endpoint_kinds", kinds);
        m.put("cartsim_version", BuildInfo.version().equals(first.get("cartsim_version")) ? BuildInfo.version() : first.get("cartsim_version"));
        double wall = 0;
        for (Map<String, Object> s : shards) if (s.get("wall_seconds") instanceof Number n) wall += n.doubleValue();
        m.put("shard_wall_seconds_total", wall);
        return m;
    }
}
