package cartsim.experiment;

import cartsim.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines the folders of a sharded trial ({@code trial --shard K/N}) into the folder one machine
 * would have written: the trial is rebuilt from the first shard's trial.yaml and scenario.yaml,
 * the patients are gathered from every shard's patients.json, and the tables are computed from
 * them exactly as {@link TrialStudy} does. Refuses shards of different trials or cartsim versions,
 * incomplete shards, and missing or duplicate patients.
 */
public final class TrialMerge {
    private TrialMerge() {}

    /** @return the number of patients merged */
    public static int merge(List<Path> shardDirs, Path out, String command) throws IOException, BadFolderException {
        List<Map<String, Object>> manifests = StudyFolder.completeManifests(shardDirs, "trial",
                "the trial file, its scenario, --set, --days, --patients or --seed");
        Map<String, Object> first = manifests.get(0);
        TrialSpec spec = rebuild(shardDirs.get(0), first);

        TreeMap<Integer, TrialPatient> patients = new TreeMap<>();
        Map<Integer, Path> from = new LinkedHashMap<>();
        for (int i = 0; i < shardDirs.size(); i++) {
            Path d = shardDirs.get(i);
            for (TrialPatient p : shardPatients(d, manifests.get(i))) {
                if (patients.put(p.id(), p) != null) {
                    throw new BadFolderException("patient " + p.id() + " is in both " + from.get(p.id()) + " and " + d
                            + " (the same shard given twice?)");
                }
                from.put(p.id(), d);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int id = 1; id <= spec.patients() && missing.size() < 10; id++) if (!patients.containsKey(id)) missing.add(id);
        if (!missing.isEmpty()) {
            throw new BadFolderException("patients missing from the shards given: patient " + missing
                    + (missing.size() == 10 ? " …" : "") + " (" + patients.size() + " of " + spec.patients() + " present)");
        }
        Map<String, Object> m = Manifest.base("trial", command);
        m.put("complete", true);
        m.put("trial_hash", first.get("trial_hash"));
        m.put("shard", null);
        m.put("merged_from", shardDirs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        m.put("shard_git_commits", manifests.stream().map(s -> s.get("git_commit")).distinct().toList());
        m.put("cartsim_version", first.get("cartsim_version"));
        double wall = 0;
        for (Map<String, Object> s : manifests) if (s.get("wall_seconds") instanceof Number n) wall += n.doubleValue();
        m.put("shard_wall_seconds_total", wall);
        TrialOutput.write(out, spec, new ArrayList<>(patients.values()), m);
        return patients.size();
    }

    private static boolean isWhole(Map<String, Object> manifest) {
        return manifest.get("shard") == null;
    }

    /** a shard's patients; a whole-trial folder has no patients.json and cannot be merged */
    private static List<TrialPatient> shardPatients(Path dir, Map<String, Object> manifest) throws BadFolderException {
        if (isWhole(manifest)) {
            throw new BadFolderException(dir + " is a whole trial, not a shard: it needs no merge");
        }
        return TrialRecords.read(dir);
    }

    /** the trial as the shards ran it; its hash must match theirs, which proves the rebuild exact */
    private static TrialSpec rebuild(Path dir, Map<String, Object> manifest) throws BadFolderException {
        TrialSpec spec;
        try {
            spec = TrialLoader.reload(dir.resolve(TrialOutput.TRIAL_FILE), dir.resolve(TrialOutput.SCENARIO_FILE),
                    String.valueOf(manifest.get("trial_name")), ((Number) manifest.get("total_patients")).intValue(),
                    ((Number) manifest.get("seed")).longValue());
        } catch (ScenarioException | RuntimeException e) {
            throw new BadFolderException(dir + ": its trial.yaml or scenario.yaml cannot be read back (" + e.getMessage() + ")");
        }
        if (!TrialStudy.hash(spec).equals(manifest.get("trial_hash"))) {
            throw new BadFolderException(dir + ": trial.yaml or scenario.yaml was changed after the shard ran (trial_hash differs)");
        }
        return spec;
    }
}
