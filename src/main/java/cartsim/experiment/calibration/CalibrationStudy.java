package cartsim.experiment.calibration;

import cartsim.experiment.AtomicDir;
import cartsim.experiment.BadFolderException;
import cartsim.experiment.BuildInfo;
import cartsim.experiment.DurableFiles;
import cartsim.experiment.Manifest;
import cartsim.experiment.ParallelRuns;
import cartsim.experiment.TrialSpec;
import cartsim.scenario.ScenarioException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs a calibration into its folder, in one process or as --ask/--tell rounds. The folder is
 * created whole up front (manifest.json marked incomplete and a copy of the calibration file),
 * each evaluation is journaled as it finishes, and the tables are written at the end before the
 * manifest is marked complete, exactly like sweep and trial folders. Every entry point rebuilds
 * the search from the journal ({@link Replay}), so a kill -9 and --resume, or three rounds of
 * --ask/--tell in separate processes, end with the same files as one uninterrupted run.
 */
public final class CalibrationStudy {
    public static final String KIND = "calibration", FILE_COPY = "calibration.yaml", ASK = "ask", BATCH = "batch.json",
            TRIALS = "trials.txt", RESULTS = "results", MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** what a command did: evaluations done now and taken from the journal; best so far (null before any) */
    public record Outcome(Path dir, int evaluated, int resumed, boolean complete, boolean alreadyComplete, Evaluation best,
                          double wallSeconds) {}

    /** an --ask batch: its folder, evaluation numbers and the trial files to run */
    public record Batch(Path dir, int generation, List<Integer> evaluations, List<String> trialFiles) {}

    private CalibrationStudy() {}

    /** the whole calibration in this process ({@code --resume} continues a killed one) */
    public static Outcome run(CalibrationSpec spec, Path out, boolean resume, int threads, String command, Consumer<Integer> progress)
            throws IOException, InterruptedException, BadFolderException, ScenarioException {
        long t0 = System.nanoTime();
        Path dir = out.toAbsolutePath().normalize();
        refuseInUse(dir, resume);
        Map<String, Object> manifest = open(spec, dir, command);
        if (Boolean.TRUE.equals(manifest.get("complete"))) return done(dir, spec, true, 0, 0, t0);
        if (Files.exists(dir.resolve(ASK))) {
            throw new BadFolderException(dir + " has an --ask batch waiting in " + dir.resolve(ASK) + ": continue with --tell");
        }
        EvaluationJournal journal = new EvaluationJournal(dir);
        TreeMap<Integer, Evaluation> have = journal.readAll(spec);
        int resumed = have.size(), ran = 0;
        if (progress != null && resumed > 0) progress.accept(resumed);
        int[] count = {resumed};
        while (true) {
            Replay r = Replay.of(spec, have);
            if (r.done()) break;
            List<Callable<Evaluation>> tasks = new ArrayList<>();
            int outer = Math.max(1, Math.min(threads, r.missing.size()));
            int inner = Math.max(1, threads / outer);
            for (int index : r.missing) {
                double[] values = r.valuesOf(index);
                Path work = workDir(dir, index);
                tasks.add(() -> {
                    Evaluation e = Evaluator.run(spec, work, index, values, inner);
                    journal.append(e);
                    Evaluator.clean(work);
                    return e;
                });
            }
            ParallelRuns.run(tasks, threads, e -> {
                have.put(e.index(), e);
                if (progress != null) progress.accept(++count[0]);
            });
            ran += tasks.size();
        }
        return finish(spec, dir, manifest, ran, Math.min(resumed, spec.evaluations()), t0);
    }

    /**
     * Writes the next at most {@code k} candidates of the current generation as trial files in
     * {@code DIR/ask/} (see docs/cluster.md); nothing is evaluated. A batch waits there until --tell.
     */
    public static Batch ask(CalibrationSpec spec, Path out, int k, String command)
            throws IOException, BadFolderException, ScenarioException {
        Path dir = out.toAbsolutePath().normalize();
        refuseInUse(dir, true);
        Map<String, Object> manifest = open(spec, dir, command);
        if (Boolean.TRUE.equals(manifest.get("complete"))) throw new BadFolderException(dir + " is complete: nothing to ask");
        Path askDir = dir.resolve(ASK);
        if (Files.exists(askDir)) {
            throw new BadFolderException(askDir + " holds a batch not yet told: run its trials, then --tell");
        }
        Replay r = Replay.of(spec, new EvaluationJournal(dir).readAll(spec));
        if (r.done()) throw new BadFolderException(dir + " has every evaluation of the budget: run --tell to finish it");
        List<Integer> take = r.missing.subList(0, Math.min(k, r.missing.size()));
        List<String> files = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        try (AtomicDir tmp = new AtomicDir(askDir)) {
            for (int index : take) {
                double[] values = r.valuesOf(index);
                for (CalibrationSpec.Target t : spec.targets()) CandidateFiles.write(tmp.path(), spec, t, index, values);
                files.addAll(CandidateFiles.names(index, spec));
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("evaluation", index);
                Map<String, Object> v = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) v.put(spec.free().get(i).path(), Evaluation.text(values[i]));
                e.put("values", v);
                e.put("trials", CandidateFiles.names(index, spec));
                entries.add(e);
            }
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("calibration_hash", hash(spec));
            batch.put("generation", r.generation);
            batch.put("results", RESULTS + "/STEM (one complete trial folder per trial file, STEM = its name without .yaml)");
            batch.put("evaluations", entries);
            DurableFiles.write(tmp.path().resolve(BATCH), JSON.writeValueAsString(batch) + "\n");
            DurableFiles.write(tmp.path().resolve(TRIALS), String.join("\n", files) + "\n");
            tmp.commit();
        }
        return new Batch(askDir, r.generation, List.copyOf(take), List.copyOf(files));
    }

    /**
     * Reads the results of the waiting --ask batch, journals its evaluations and removes the
     * batch; when the budget is spent, writes the result tables and marks the folder complete.
     */
    @SuppressWarnings("unchecked")
    public static Outcome tell(CalibrationSpec spec, Path out, String command)
            throws IOException, BadFolderException, ScenarioException {
        long t0 = System.nanoTime();
        Path dir = out.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) throw new BadFolderException("--tell: " + dir + " is not a calibration folder");
        Map<String, Object> manifest = open(spec, dir, command);
        if (Boolean.TRUE.equals(manifest.get("complete"))) return done(dir, spec, true, 0, 0, t0);
        EvaluationJournal journal = new EvaluationJournal(dir);
        TreeMap<Integer, Evaluation> have = journal.readAll(spec);
        Path askDir = dir.resolve(ASK);
        int told = 0;
        if (Files.exists(askDir)) {
            Map<String, Object> batch;
            try {
                batch = JSON.readValue(askDir.resolve(BATCH).toFile(), Map.class);
            } catch (IOException e) {
                throw new BadFolderException("--tell: " + askDir.resolve(BATCH) + " is missing or damaged: remove " + askDir + " and --ask again");
            }
            Replay r = Replay.of(spec, have);
            List<Evaluation> read = new ArrayList<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) batch.get("evaluations")) {
                int index = ((Number) e.get("evaluation")).intValue();
                if (r.done() || !r.missing.contains(index)) {
                    throw new BadFolderException("--tell: " + askDir + " asks for evaluation " + index
                            + ", which this calibration does not need now: remove " + askDir + " and --ask again");
                }
                read.add(Evaluator.fromResults(spec, askDir, askDir.resolve(RESULTS), index, r.valuesOf(index)));
            }
            // all or nothing: a batch with one result missing journals none of it
            for (Evaluation e : read) {
                journal.append(e);
                have.put(e.index(), e);
            }
            told = read.size();
            AtomicDir.deleteTree(askDir);
        }
        Replay r = Replay.of(spec, have);
        if (r.done()) return finish(spec, dir, manifest, told, have.size() - told, t0);
        return new Outcome(dir, told, have.size() - told, false, false, have.isEmpty() ? null : CalibrationOutput.best(List.copyOf(have.values())),
                (System.nanoTime() - t0) / 1e9);
    }

    private static Outcome finish(CalibrationSpec spec, Path dir, Map<String, Object> manifest, int ran, int resumed, long t0)
            throws IOException, BadFolderException {
        EvaluationJournal journal = new EvaluationJournal(dir);
        Replay r = Replay.of(spec, journal.readAll(spec));
        CalibrationOutput.write(dir, spec, r);
        double wall = (System.nanoTime() - t0) / 1e9;
        Evaluation best = CalibrationOutput.best(r.evaluations);
        manifest.put("evaluations", r.evaluations.size());
        manifest.put("resumed_evaluations", resumed);
        manifest.put("best_evaluation", best.index());
        manifest.put("best_loss", best.loss());
        manifest.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        manifest.put("complete", true);
        writeManifest(dir, manifest);
        AtomicDir.deleteTree(dir.resolve(EvaluationJournal.DIR));
        return new Outcome(dir, ran, resumed, true, false, best, wall);
    }

    private static Outcome done(Path dir, CalibrationSpec spec, boolean already, int ran, int resumed, long t0) {
        AtomicDir.deleteTree(dir.resolve(EvaluationJournal.DIR)); // a kill between the final manifest and the clean-up
        return new Outcome(dir, ran, resumed, true, already, null, (System.nanoTime() - t0) / 1e9);
    }

    static Path workDir(Path dir, int index) {
        return dir.resolve(EvaluationJournal.DIR).resolve("work").resolve(String.format("e%06d", index));
    }

    private static void refuseInUse(Path dir, boolean resume) throws IOException {
        for (Path up = dir.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) throw new java.nio.file.NotDirectoryException(up.toString());
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new FileAlreadyExistsException(dir + " (not a folder)");
        if (!resume && inUse(dir)) throw new FileAlreadyExistsException(dir + " (use --resume to continue it, or choose another --out)");
    }

    private static boolean inUse(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    /** the folder's manifest: created whole if the folder is new, else checked to be this calibration's */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> open(CalibrationSpec spec, Path dir, String command) throws IOException, BadFolderException {
        String hash = hash(spec);
        if (inUse(dir)) {
            Map<String, Object> old;
            try {
                old = JSON.readValue(dir.resolve(MANIFEST).toFile(), LinkedHashMap.class);
            } catch (IOException e) {
                throw new BadFolderException(dir + " is not a calibration folder (no readable " + MANIFEST + ")");
            }
            if (!KIND.equals(old.get("kind"))) throw new BadFolderException(dir + " is not a calibration folder (manifest kind " + old.get("kind") + ")");
            if (!hash.equals(old.get("calibration_hash"))) {
                throw new BadFolderException(dir + " belongs to a different calibration (" + old.get("calibration_name")
                        + "): the calibration file, its trial files or their scenarios differ");
            }
            if (!BuildInfo.version().equals(old.get("cartsim_version"))) {
                throw new BadFolderException(dir + " was started by cartsim " + old.get("cartsim_version") + ", this is "
                        + BuildInfo.version() + ": results would mix model versions");
            }
            return old;
        }
        Map<String, Object> m = Manifest.base(KIND, command);
        m.put("complete", false);
        m.put("calibration_name", spec.name());
        m.put("calibration_hash", hash);
        m.put("method", spec.method().word);
        m.put("budget_evaluations", spec.evaluations());
        m.put("seed", spec.seed());
        try (AtomicDir tmp = new AtomicDir(dir)) {
            Files.copy(spec.file(), tmp.path().resolve(FILE_COPY));
            writeManifest(tmp.path(), m);
            tmp.commit();
        }
        return m;
    }

    private static void writeManifest(Path dir, Map<String, Object> m) throws IOException {
        DurableFiles.write(dir.resolve(MANIFEST), JSON.writeValueAsString(m) + "\n");
    }

    /**
     * SHA-256 of everything that decides the evaluations: the calibration file, and for each
     * target the resolved scenario, patients, seed, variability and enrolment.
     */
    static String hash(CalibrationSpec spec) throws IOException {
        StringBuilder sb = new StringBuilder("cartsim-calibration-1\n");
        sb.append(Files.readString(spec.file(), StandardCharsets.UTF_8)).append('\n');
        for (CalibrationSpec.Target t : spec.targets()) {
            TrialSpec tr = t.trial();
            sb.append("target ").append(t.id()).append(" patients=").append(tr.patients()).append(" seed=").append(tr.seed())
                    .append(" mf=").append(tr.manufacturingFailure()).append(" prog=").append(tr.progressionBeforeInfusion())
                    .append(" published=").append(tr.published()).append('\n');
            tr.variability().forEach((k, v) -> sb.append(k).append('=').append(v instanceof cartsim.experiment.Distribution.Categorical c
                    ? "categorical" + c.values() + java.util.Arrays.toString(c.weights()) : v.toString()).append('\n'));
            sb.append(tr.scenario().toYaml());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
