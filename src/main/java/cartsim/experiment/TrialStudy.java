package cartsim.experiment;

import cartsim.scenario.ScenarioException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a virtual trial, or one shard of it, into its output folder the way {@link SweepJob} runs
 * sweeps: the folder is created up front with an incomplete manifest, each simulated patient is
 * journaled as it finishes (see {@link Journal}), and the tables are written at the end before the
 * manifest is marked complete. A killed trial is continued with {@code resume}; shard folders are
 * combined by {@link TrialMerge}.
 */
public final class TrialStudy {
    /** what happened: patients of this folder, infused ones simulated now and taken from before */
    public record Outcome(Path dir, List<TrialPatient> patients, int ran, int resumed, boolean alreadyComplete,
                          double wallSeconds) {}

    private TrialStudy() {}

    public static Outcome run(TrialSpec spec, Shard shard, Path out, boolean resume, int threads, String command,
                              Consumer<Integer> progress)
            throws IOException, InterruptedException, BadFolderException, ScenarioException {
        long t0 = System.nanoTime();
        Path dir = out.toAbsolutePath().normalize();
        if (shard.count() > spec.patients()) {
            throw new BadFolderException("--shard " + shard + ": the trial has only " + spec.patients()
                    + " patients, so this shard would have none");
        }
        String hash = hash(spec);
        StudyFolder.refuseInUse(dir, resume);
        Map<String, Object> manifest = Manifest.base("trial", command);
        manifest.put("complete", false);
        manifest.put("trial_name", spec.name());
        manifest.put("trial_hash", hash);
        manifest.put("shard", StudyFolder.shardEntry(shard));
        if (StudyFolder.inUse(dir)) {
            Map<String, Object> old = StudyFolder.readManifest(dir, "trial");
            StudyFolder.checkSame(old, "trial_hash", hash, shard, dir, "trial",
                    "the trial file, its scenario, --set, --days, --patients or --seed differ");
            if (Boolean.TRUE.equals(old.get("complete"))) {
                new Journal(dir).delete(); // a kill between the final manifest and the clean-up
                return new Outcome(dir, List.of(), 0, 0, true, 0);
            }
            manifest.put("started_at", old.getOrDefault("started_at", manifest.get("started_at")));
            StudyFolder.writeManifest(dir, manifest);
        } else {
            StudyFolder.create(dir, manifest, spec.file(), TrialOutput.TRIAL_FILE);
        }
        DurableFiles.write(dir.resolve(TrialOutput.SCENARIO_FILE), spec.scenario().toYaml());

        Journal journal = new Journal(dir);
        int before = journal.readAll().size();
        List<TrialPatient> patients = TrialJob.run(spec, shard, journal, threads, progress);
        if (shard.isAll()) {
            TrialOutput.writeTables(dir, spec, patients);
        } else {
            // a shard's own rows for reading; merge takes the exact values from patients.json
            DurableFiles.write(dir.resolve(TrialOutput.PATIENTS), TrialOutput.patientsCsv(spec, patients));
            TrialRecords.write(dir, patients);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        manifest.putAll(TrialOutput.counts(spec, patients));
        int infused = (int) patients.stream().filter(TrialPatient::infused).count();
        int resumed = Math.min(before, infused);
        manifest.put("resumed_patients", resumed);
        manifest.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        manifest.put("complete", true);
        StudyFolder.writeManifest(dir, manifest);
        journal.delete();
        return new Outcome(dir, patients, infused - resumed, resumed, false, wall);
    }

    /**
     * SHA-256 of everything that decides a trial's results: name, seed, patients, the resolved
     * scenario (with set:, --set and days), the distributions, the enrolment rates and the
     * published values the report compares with. Threads and sharding are not part of it.
     */
    static String hash(TrialSpec spec) {
        StringBuilder sb = new StringBuilder("cartsim-trial-1\n");
        sb.append("name=").append(spec.name()).append('\n');
        sb.append("seed=").append(spec.seed()).append('\n');
        sb.append("patients=").append(spec.patients()).append('\n');
        sb.append("manufacturing_failure=").append(spec.manufacturingFailure()).append('\n');
        sb.append("progression_before_infusion=").append(spec.progressionBeforeInfusion()).append('\n');
        for (Map.Entry<String, Distribution> d : spec.variability().entrySet()) {
            sb.append("variability ").append(d.getKey()).append('=').append(describe(d.getValue())).append('\n');
        }
        sb.append("published=").append(spec.published()).append('\n');
        sb.append(spec.scenario().toYaml());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** record toString, except the weights array (whose toString is an identity) */
    private static String describe(Distribution d) {
        if (d instanceof Distribution.Categorical c) return "categorical" + c.values() + Arrays.toString(c.weights());
        return d.toString();
    }
}
