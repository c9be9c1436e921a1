package cartsim.experiment;

import cartsim.analysis.KaplanMeier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trial metrics: grading by the declared scale, response by the assessments, progression after PR as an event. */
class TrialMetricsTest {
    static TrialSpec spec(Path dir, String extra) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path f = SweepFixtures.write(dir, "trial.yaml", "name: t\nscenario: tiny.yaml\npatients: 4\nseed: 1\ndays: 400\n" + extra);
        return TrialLoader.load(f, TrialLoader.Overrides.none());
    }

    static TrialPatient patient(int id, Object... kv) {
        Map<String, Object> e = new HashMap<>();
        e.put("days", 400.0);
        e.put("followup_day", 400.0);
        e.put("pfs_day", null);
        for (int i = 0; i < kv.length; i += 2) e.put((String) kv[i], kv[i + 1]);
        return new TrialPatient(id, id, true, null, Map.of(), e);
    }

    static double value(List<TrialMetrics.Metric> ms, String name) {
        return ms.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().value().estimate();
    }

    @Test
    void crsAndNeurotoxicityRatesUseTheDeclaredScales(@TempDir Path dir) throws Exception {
        List<TrialPatient> ps = List.of(
                patient(1, "crs_max_grade", 2, "crs_max_grade_penn", 3, "crs_max_grade_lee2014", 2, "icans_max_grade", 0, "icans_max_grade_ctcae", 1),
                patient(2, "crs_max_grade", 3, "crs_max_grade_penn", 3, "crs_max_grade_lee2014", 2, "icans_max_grade", 2, "icans_max_grade_ctcae", 3));
        List<TrialMetrics.Metric> astct = TrialMetrics.compute(spec(dir.resolve("a"), ""), ps);
        assertEquals(0.5, value(astct, "crs_grade3plus"));
        assertEquals(0.5, value(astct, "icans_any"));
        List<TrialMetrics.Metric> penn = TrialMetrics.compute(spec(dir.resolve("p"), "grading: {crs: penn, neurotoxicity: ctcae}\n"), ps);
        assertEquals(1.0, value(penn, "crs_grade3plus"));
        assertEquals(1.0, value(penn, "icans_any"));
        assertEquals(0.5, value(penn, "icans_grade3plus"));
        List<TrialMetrics.Metric> lee = TrialMetrics.compute(spec(dir.resolve("l"), "grading: {crs: lee2014}\n"), ps);
        assertEquals(0.0, value(lee, "crs_grade3plus"));
    }

    /** responders include PR, and a partial responder who progresses is an event, not censored */
    @Test
    void progressionAfterPartialResponseCountsAsAnEvent(@TempDir Path dir) throws Exception {
        List<TrialPatient> ps = List.of(
                patient(1, "best_response", "CR", "best_overall_response", "PR", "time_to_response_days", 28.0, "pfs_day", 89.0),
                patient(2, "best_response", "CR", "best_overall_response", "CR", "time_to_response_days", 28.0),
                patient(3, "best_response", "PR", "best_overall_response", "VGPR", "time_to_response_days", 30.0, "pfs_day", 150.0),
                patient(4, "best_response", "SD", "best_overall_response", "SD", "pfs_day", 60.0));
        List<TrialMetrics.Metric> ms = TrialMetrics.compute(spec(dir, ""), ps);
        assertEquals(0.75, value(ms, "orr_infused"), "PR and VGPR respond");
        assertEquals(0.25, value(ms, "cr_infused"), "CR by the assessments, not by the lattice nadir");
        KaplanMeier rfs = TrialMetrics.relapseFree(ps);
        assertEquals(1.0 / 3, rfs.at(6 * TrialMetrics.MONTH_DAYS).estimate(), 1e-9, "both progressions after PR/VGPR are events");
        assertEquals(1.0 / 3, value(ms, "dor_6mo"), 1e-9);
        assertEquals(120 / TrialMetrics.MONTH_DAYS, value(ms, "dor_median_months"), 1e-9, "DOR 61 and 120 days; median at the second event");
        assertEquals(0.25, value(ms, "pfs_6mo"), 1e-9);
        assertTrue(Double.isFinite(value(ms, "pfs_median_months")));
    }
}
