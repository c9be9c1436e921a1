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
 * the calibration, started far from them, must find them again. The example's targets are checked
 * to be the model's output at its known values, and the example itself
 * (calibration/twin-example.yaml) runs here in full.
 */
class TwinExperimentTest {
    static final double SHARPER_THAN_SAMPLING = 0.025;
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

    /**
     * The whole twin example (210 evaluations, about 75 s on 2 cores): from starts 50–100 % off,
     * every known value is found within 10 % (the acceptance line). Three parameters are few
     * enough that 210 samples around the start come within 10 % as well, so the search must also
     * do what sampling cannot: with the search switched off by hand (tell() only counting the
     * generation) the best sample was 1.9 %, 4.7 % and 4.7 % off (measured on the targets before
     * the quiet-cell calendar); the search reaches 0.2 %, 0.07 % and 0.01 %, and the test asks
     * for 2.5 %.
     */
    @Test
    void theExampleRecoversTheKnownValues(@TempDir Path dir) throws Exception {
        CalibrationSpec spec = CalibrationLoader.load(EXAMPLE);
        long t0 = System.nanoTime();
        Evaluation best = CalibrationStudy.run(spec, dir.resolve("out"), false, Runtime.getRuntime().availableProcessors(), "test", null).best();
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < spec.free().size(); i++) {
            double truth = TRUTH.get(spec.free().get(i).path());
            report.append(spec.free().get(i).path()).append(' ').append(best.values()[i]).append(" (truth ").append(truth).append(") ");
            assertTrue(Math.abs(best.values()[i] / truth - 1) < 0.10, report.toString());
            assertTrue(Math.abs(best.values()[i] / truth - 1) < SHARPER_THAN_SAMPLING, "no better than sampling: " + report);
        }
        System.out.printf("TwinExperimentTest example: %s in %.0f s%n", report, (System.nanoTime() - t0) / 1e9);
    }
}
