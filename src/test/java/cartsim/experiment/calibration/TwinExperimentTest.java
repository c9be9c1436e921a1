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
 * (calibration/twin-example.yaml, about 3 minutes) is run by hand; here a smaller twin on a 20×20
 * lattice with two patients runs in seconds, and the example's targets are checked to be the
 * model's output at its known values.
 */
class TwinExperimentTest {
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
                  simulation.lattice_width: 20
                  simulation.lattice_height: 20
                  treatment.tocilizumab.enabled: false
                  treatment.steroids.enabled: false
                  crs.fever_index_pg_per_ml: 40
                  icans.cns_delay_hours: 36
                  patient.blood_share_of_circulating_pool: 0.02
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
                budget: {evaluations: 48}
                targets:
                  - trial: twin.yaml
                    metrics:
                      crs_onset_median_days: {sd: 0.05}
                      icans_onset_median_days: {sd: 0.05}
                      cart_cmax_geomean_responders: {sd: 1}
                free:
                  crs.fever_index_pg_per_ml: {min: 10, max: 200, scale: log, start: 70}
                  icans.cns_delay_hours: {min: 6, max: 120, scale: log, start: 20}
                  patient.blood_share_of_circulating_pool: {min: 0.005, max: 0.08, scale: log, start: 0.032}
                cmaes: {population: 6, sigma: 0.15}
                """);
        CalibrationSpec spec = CalibrationLoader.load(file);
        CalibrationStudy.Outcome o = CalibrationStudy.run(spec, dir.resolve("out"), false, 2, "test", null);
        Evaluation best = o.best();
        List<String> rows = Files.readAllLines(dir.resolve("out/evaluations.csv"));
        double startLoss = Double.NaN;
        // the start itself is not evaluated; its loss is estimated by the first generation's best
        for (String row : rows.subList(1, 1 + spec.population())) {
            double l = Double.parseDouble(row.substring(row.lastIndexOf(',') + 1));
            startLoss = Double.isNaN(startLoss) ? l : Math.min(startLoss, l);
        }
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < spec.free().size(); i++) {
            FreeParameter f = spec.free().get(i);
            double truth = TRUTH.get(f.path());
            double err = Math.abs(best.values()[i] / truth - 1), startErr = Math.abs(f.start() / truth - 1);
            report.append(f.path()).append(' ').append(best.values()[i]).append(" (").append(Math.round(err * 100)).append("% off, start ")
                    .append(Math.round(startErr * 100)).append("%) ");
            // switched off (tell() a no-op: the mean stays at the start, sigma 0.15 of the range)
            // the best candidates stay 30-60% off; checked by hand
            assertTrue(err < 0.15, report.toString());
        }
        System.out.println("TwinExperimentTest small twin: " + report + "loss " + best.loss() + ", first generation " + startLoss);
        assertTrue(best.loss() < startLoss / 20, "loss fell from " + startLoss + " to only " + best.loss());
    }
}
