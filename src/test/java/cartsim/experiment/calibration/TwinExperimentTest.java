package cartsim.experiment.calibration;

import cartsim.analysis.Interval;
import cartsim.experiment.Journal;
import cartsim.experiment.Numbers;
import cartsim.experiment.Shard;
import cartsim.experiment.TrialJob;
import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialMetrics;
import cartsim.experiment.TrialPatient;
import cartsim.experiment.TrialSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Twin experiments: "published" figures are cartsim's own output at known parameter values, and
 * the calibration, started far from them, must find them again. The full example
 * (calibration/twin-example.yaml, about 3 minutes) is run by hand; here a smaller twin with two
 * patients and 12 days runs in about half a minute, and the example's targets are checked to be the
 * model's output at its known values.
 */
class TwinExperimentTest {
    static final double LOSS_FALL = 10;
    static final Map<String, Double> TRUTH = Map.of("crs.fever_index_pg_per_ml", 40.0, "icans.cns_delay_hours", 36.0,
            "patient.blood_share_of_circulating_pool", 0.02);
    static final Path EXAMPLE_TRIAL = Path.of("trials/twin-example.yaml"), EXAMPLE = Path.of("calibration/twin-example.yaml");

    /** the trial's metrics as endpoints.csv would show them */
    static Map<String, String> simulate(TrialSpec spec, Path work) throws Exception {
        List<TrialPatient> ps = TrialJob.run(spec, Shard.ALL, new Journal(work), 2, null);
        Map<String, String> out = new LinkedHashMap<>();
        for (TrialMetrics.Metric m : TrialMetrics.compute(spec, ps)) {
            Interval v = m.value();
            out.put(m.name(), Double.isFinite(v.estimate()) ? Numbers.format(v.estimate()) : "");
        }
        return out;
    }

    @Test
    void theExampleTargetsAreTheModelAtTheKnownValues(@TempDir Path dir) throws Exception {
        TrialSpec trial = TrialLoader.load(EXAMPLE_TRIAL, TrialLoader.Overrides.none());
        TRUTH.forEach((k, v) -> assertEquals(v, trial.scenario().d(k), k + " is fixed at its known value"));
        Map<String, String> sim = simulate(trial, dir);
        String text = Files.readString(EXAMPLE_TRIAL, StandardCharsets.UTF_8);
        String updated = text;
        for (String metric : trial.published().keySet()) {
            updated = updated.replaceAll("(?m)^  " + metric + ": .*$", "  " + metric + ": " + sim.get(metric));
        }
        if (Boolean.getBoolean("cartsim.writeDocs")) Files.writeString(EXAMPLE_TRIAL, updated, StandardCharsets.UTF_8);
        assertEquals(updated, text, EXAMPLE_TRIAL + " is stale: run mvn -o test -Dtest=TwinExperimentTest -Dcartsim.writeDocs=true");

        CalibrationSpec spec = CalibrationLoader.load(EXAMPLE);
        assertEquals(TRUTH.keySet(), new java.util.HashSet<>(spec.free().stream().map(FreeParameter::path).toList()));
        for (FreeParameter f : spec.free()) {
            double truth = TRUTH.get(f.path());
            assertTrue(Math.abs(f.start() / truth - 1) >= 0.5, f.path() + " starts within 50% of the truth");
            assertTrue(f.min() < truth && truth < f.max(), f.path());
        }
    }

    @Test
    void aSmallTwinIsRecoveredFromStartsFarOff(@TempDir Path dir) throws Exception {
        Path scenario = Path.of("scenarios/axi-cel-lbcl.yaml").toAbsolutePath();
        String trial = """
                name: small twin
                scenario: %s
                patients: 2
                seed: 7
                days: 12
                set:
                  simulation.lattice_width: 30
                  simulation.lattice_height: 30
                  treatment.tocilizumab.enabled: false
                  treatment.steroids.enabled: false
                  crs.fever_index_pg_per_ml: 40
                  icans.cns_delay_hours: 36
                  patient.blood_share_of_circulating_pool: 0.02
                  response.first_assessment_day: 10
                """.formatted(scenario);
        Path truthFile = CalibrationFixtures.write(dir, "truth.yaml", trial);
        Map<String, String> sim = simulate(TrialLoader.load(truthFile, TrialLoader.Overrides.none()), dir.resolve("truth-run"));
        List<String> metrics = List.of("crs_onset_median_days", "icans_onset_median_days", "cart_cmax_geomean_responders");
        StringBuilder published = new StringBuilder("published:\n");
        for (String m : metrics) {
            assertTrue(!sim.get(m).isEmpty(), m + " must exist at the truth for this twin");
            published.append("  ").append(m).append(": ").append(sim.get(m)).append('\n');
        }
        CalibrationFixtures.write(dir, "twin.yaml", trial + published);
        Path file = CalibrationFixtures.write(dir, "calibration.yaml", """
                seed: 3
                method: cmaes
                budget: {evaluations: 60}
                targets:
                  - trial: twin.yaml
                    metrics:
                      crs_onset_median_days: {sd: 0.05}
                      icans_onset_median_days: {sd: 0.05}
                      cart_cmax_geomean_responders: {sd: 5}
                free:
                  crs.fever_index_pg_per_ml: {min: 10, max: 200, scale: log, start: 60}
                  icans.cns_delay_hours: {min: 6, max: 120, scale: log, start: 24}
                  patient.blood_share_of_circulating_pool: {min: 0.005, max: 0.08, scale: log, start: 0.03}
                cmaes: {population: 6, sigma: 0.05}
                """);
        CalibrationSpec spec = CalibrationLoader.load(file);
        CalibrationStudy.Outcome o = CalibrationStudy.run(spec, dir.resolve("out"), false, 2, "test", null);
        Evaluation best = o.best();
        double[] start = spec.free().stream().mapToDouble(FreeParameter::start).toArray();
        double startLoss = Evaluator.run(spec, dir.resolve("start"), 0, start, 2).loss();
        StringBuilder report = new StringBuilder();
        double worst = 0;
        for (int i = 0; i < spec.free().size(); i++) {
            FreeParameter f = spec.free().get(i);
            double truth = TRUTH.get(f.path());
            double err = Math.abs(best.values()[i] / truth - 1), startErr = Math.abs(f.start() / truth - 1);
            worst = Math.max(worst, err / startErr);
            report.append(f.path()).append(' ').append(best.values()[i]).append(" (").append(Math.round(err * 100)).append("% off, start ")
                    .append(Math.round(startErr * 100)).append("%) ");
        }
        report.append("loss ").append(best.loss()).append(", at the start ").append(startLoss);
        System.out.println("TwinExperimentTest small twin: " + report);
        // 60 evaluations do not reach 10% from this far (the 210 of calibration/twin-example.yaml do,
        // see theExampleRecoversTheKnownValues), but the loss must fall by far more than sampling
        // around the start can: switched off (tell() a no-op, so the mean stays at the start with
        // sigma 0.05 of the range) it falls only from 240 to 62, with the search from 240 to 16; checked by hand
        assertTrue(best.loss() < startLoss / LOSS_FALL, report.toString());
        assertTrue(worst < 1, "a parameter moved away from the truth: " + report);
    }

    /**
     * The full twin example, about 3 minutes on 2 cores, so only on request:
     * {@code mvn -o test -Dtest=TwinExperimentTest -Dcartsim.twinExample=true}.
     */
    @Test
    void theExampleRecoversTheKnownValues(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("cartsim.twinExample"), "set -Dcartsim.twinExample=true");
        CalibrationSpec spec = CalibrationLoader.load(EXAMPLE);
        long t0 = System.nanoTime();
        Evaluation best = CalibrationStudy.run(spec, dir.resolve("out"), false, Runtime.getRuntime().availableProcessors(), "test", null).best();
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < spec.free().size(); i++) {
            double truth = TRUTH.get(spec.free().get(i).path());
            report.append(spec.free().get(i).path()).append(' ').append(best.values()[i]).append(" (truth ").append(truth).append(") ");
            assertTrue(Math.abs(best.values()[i] / truth - 1) < 0.10, report.toString());
        }
        System.out.printf("TwinExperimentTest example: %s in %.0f s%n", report, (System.nanoTime() - t0) / 1e9);
    }
}
