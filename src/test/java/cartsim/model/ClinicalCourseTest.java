package cartsim.model;

import cartsim.experiment.RunOutput;
import cartsim.experiment.Simulation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in default (tisagenlecleucel, pediatric B-ALL) must show the clinical course of
 * responders: CAR-T peak between day 5 and 20, tumor below 1 % of baseline by day 28 in most
 * seeds, IL-6 rising with CRS onset in the first week.
 */
class ClinicalCourseTest {
    @Test
    void defaultScenarioShowsTheCourseOfResponders() {
        int seeds = 4, peakOk = 0, deep = 0, crsWeek1 = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            RunOutput r = Simulation.run(TestScenarios.with(), seed, 28.0, null);
            Map<String, Object> s = r.summary();
            double peak = (Double) s.get("cart_peak_day");
            if (peak >= 5 && peak <= 20) peakOk++;
            if ((Double) s.get("tumor_pct_baseline_day28") < 1) deep++;
            Double onset = (Double) s.get("crs_onset_day");
            if (onset != null && onset <= 7 && (Double) s.get("il6_peak_pg_per_ml") > 50) crsWeek1++;
        }
        assertTrue(peakOk == seeds, "CAR-T peak day in 5..20 for " + peakOk + "/" + seeds);
        assertTrue(deep > seeds / 2, "tumor < 1% of baseline at day 28 in " + deep + "/" + seeds);
        assertTrue(crsWeek1 > seeds / 2, "CRS onset in week 1 with IL-6 rise in " + crsWeek1 + "/" + seeds);
    }

    @Test
    void halvingTheTimeStepKeepsTheTherapyCourse() {
        double pct6 = 0, pct3 = 0, peak6 = 0, peak3 = 0;
        int n = 3;
        for (long seed = 1; seed <= n; seed++) {
            Map<String, Object> a = Simulation.run(TestScenarios.with("simulation.lattice_width", 100, "simulation.lattice_height", 100), seed, 28.0, null).summary();
            Map<String, Object> b = Simulation.run(TestScenarios.with("simulation.lattice_width", 100, "simulation.lattice_height", 100,
                    "simulation.step_minutes", 3.0), seed, 28.0, null).summary();
            pct6 += (Double) a.get("tumor_pct_baseline_day28");
            pct3 += (Double) b.get("tumor_pct_baseline_day28");
            peak6 += (Double) a.get("cart_peak_day");
            peak3 += (Double) b.get("cart_peak_day");
        }
        // day-28 burden is ~0–2 % of baseline: compare in percentage points of baseline
        assertTrue(Math.abs(pct6 - pct3) / n < 5, "day-28 burden Δt=6: " + pct6 / n + "% vs Δt=3: " + pct3 / n + "%");
        assertTrue(Math.abs(peak6 / peak3 - 1) < 0.15, "CAR-T peak day Δt=6: " + peak6 / n + " vs Δt=3: " + peak3 / n);
    }
}
