package cartsim.experiment.calibration;

import cartsim.analysis.Interval;
import cartsim.experiment.AtomicDir;
import cartsim.experiment.BadFolderException;
import cartsim.experiment.Csv;
import cartsim.experiment.Journal;
import cartsim.experiment.Shard;
import cartsim.experiment.TrialJob;
import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialMetrics;
import cartsim.experiment.TrialPatient;
import cartsim.experiment.TrialSpec;
import cartsim.scenario.ScenarioException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a candidate on every target trial. Common random numbers: each target keeps its trial
 * seed, so every candidate meets the same virtual patients (the same enrolment draws, sampled
 * values and simulation seeds) and differences in loss come from the parameters, not from the
 * luck of the draw.
 */
final class Evaluator {
    private Evaluator() {}

    /**
     * Runs the candidate in this process, through the same trial files --ask writes. Patients are
     * journaled under {@code work/}, so a killed evaluation resumes patient by patient.
     */
    static Evaluation run(CalibrationSpec spec, Path work, int index, double[] values, int threads)
            throws IOException, ScenarioException, InterruptedException {
        Files.createDirectories(work);
        List<Evaluation.Readout> readouts = new ArrayList<>();
        for (CalibrationSpec.Target t : spec.targets()) {
            Path file = CandidateFiles.write(work, spec, t, index, values);
            TrialSpec trial = TrialLoader.load(file, TrialLoader.Overrides.none());
            Journal patients = new Journal(work.resolve(CandidateFiles.stem(index, t.id())));
            List<TrialPatient> ps = TrialJob.run(trial, Shard.ALL, patients, threads, null);
            Map<String, Interval> byName = new HashMap<>();
            for (TrialMetrics.Metric m : TrialMetrics.compute(trial, ps)) byName.put(m.name(), m.value());
            for (CalibrationSpec.MetricTarget m : t.metrics()) {
                Interval v = byName.get(m.metric());
                readouts.add(new Evaluation.Readout(Evaluation.rounded(v.estimate()), Evaluation.rounded(v.low()),
                        Evaluation.rounded(v.high())));
            }
        }
        Evaluation e = Evaluation.of(spec, index, values, readouts);
        return e;
    }

    static void clean(Path work) {
        AtomicDir.deleteTree(work);
    }

    /**
     * The candidate's readouts from finished trial folders (one per target, as {@code ./cartsim
     * trial} or {@code merge} wrote them), checked to be complete and run from the very trial file
     * --ask wrote.
     */
    static Evaluation fromResults(CalibrationSpec spec, Path batch, Path results, int index, double[] values)
            throws IOException, BadFolderException {
        List<Evaluation.Readout> readouts = new ArrayList<>();
        for (CalibrationSpec.Target t : spec.targets()) {
            String stem = CandidateFiles.stem(index, t.id());
            Path dir = results.resolve(stem);
            Map<?, ?> manifest;
            try {
                manifest = new ObjectMapper().readValue(dir.resolve("manifest.json").toFile(), Map.class);
            } catch (IOException e) {
                throw new BadFolderException("--tell: " + dir + " has no readable manifest.json: run "
                        + batch.resolve(stem + ".yaml") + " into it first (see docs/cluster.md)");
            }
            if (!Boolean.TRUE.equals(manifest.get("complete")) || !"trial".equals(manifest.get("kind"))) {
                throw new BadFolderException("--tell: " + dir + " is not a complete trial folder: finish it (--resume) or merge its shards");
            }
            byte[] asked = Files.readAllBytes(batch.resolve(stem + ".yaml"));
            Path copy = dir.resolve("trial.yaml");
            if (!Files.isRegularFile(copy) || !Arrays.equals(asked, Files.readAllBytes(copy))) {
                throw new BadFolderException("--tell: " + dir + " was not run from " + batch.resolve(stem + ".yaml"));
            }
            Map<String, List<String>> rows = new HashMap<>();
            Path endpoints = dir.resolve("endpoints.csv");
            if (!Files.isRegularFile(endpoints)) throw new BadFolderException("--tell: " + endpoints + " is missing");
            List<String> lines = Files.readAllLines(endpoints, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = Csv.split(line);
                rows.put(f.get(0), f);
            }
            List<String> infused = rows.get("enrolled");
            if (infused == null || Evaluation.parse(infused.get(1)) != t.trial().patients()) {
                throw new BadFolderException("--tell: " + dir + " enrolled " + (infused == null ? "?" : infused.get(1))
                        + " patients, the calibration needs " + t.trial().patients() + " (no --patients when running asked trials)");
            }
            for (CalibrationSpec.MetricTarget m : t.metrics()) {
                List<String> r = rows.get(m.metric());
                if (r == null) throw new BadFolderException("--tell: " + endpoints + " has no row " + m.metric());
                readouts.add(new Evaluation.Readout(Evaluation.parse(r.get(1)), Evaluation.parse(r.get(2)), Evaluation.parse(r.get(3))));
            }
        }
        return Evaluation.of(spec, index, values, readouts);
    }
}
