package cartsim.model;

import cartsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure growth must follow the configured doubling time; halving Δt must not change growth. */
class TumorGrowthTest {

    /** tumor alone, sparse so that nearly every division finds a free neighbour */
    static CarTModel tumorAlone(double stepMinutes, double doublingH, double apoptosisPerDay, long seed) {
        Parameters p = TestScenarios.params(
                "simulation.lattice_width", 400, "simulation.lattice_height", 400,
                "simulation.step_minutes", stepMinutes, "simulation.days", 3.0,
                "patient.initial_tumor_occupancy", 0.004,
                "disease.doubling_time_h", doublingH, "disease.apoptosis_rate_per_day", apoptosisPerDay,
                "treatment.lymphodepletion.enabled", false, "product.dose_cells_per_kg", 1.0,
                "simulation.min_cart_agents", 0); // a dose of ~0 tile cells gives no agent: a tumor-only run
        return new CarTModel(p, seed);
    }

    /** fitted doubling time (h) from log2(N) against time, least squares over the recorded rows */
    static double fittedDoublingHours(CarTModel m) {
        double[] day = m.series.get("day"), n = m.series.get("tumor_cells");
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < day.length; i++) {
            double x = day[i] * 24, y = Math.log(n[i]) / Math.log(2);
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        double slope = (day.length * sxy - sx * sy) / (day.length * sxx - sx * sx);
        return 1 / slope;
    }

    @Test
    void pureGrowthDoublesOnTheConfiguredTime() {
        CarTModel m = tumorAlone(6, 24, 0, 11);
        m.runToEnd();
        assertEquals(0, m.cart.live(), "no CAR-T in a tumor-only run");
        double td = fittedDoublingHours(m);
        // ~640 founders over 3 doublings: Poisson noise ≈1%, contact inhibition slightly slows growth
        assertEquals(24, td, 24 * 0.05, "doubling time " + td + " h");
        double fold = m.series.get("tumor_cells")[m.series.rows().size() - 1] / m.series.get("tumor_cells")[0];
        assertEquals(8, fold, 8 * 0.1, "3 days at 24 h doubling ≈ 8-fold");
    }

    @Test
    void birthMinusDeathSetsNetGrowth() {
        // birth ln2/24 h = 0.693/d, apoptosis 0.3/d ⇒ net 0.393/d ⇒ doubling 42.3 h. One 3-day
        // run of 640 cells has a sampling SD of ~4 % here ((b+d)/(b−d)/N₀ for the variance of
        // log N), so the mean of six seeds (SD ~1.7 %) is held to 5 %
        double expected = Math.log(2) / (Math.log(2) / 24 - 0.3 / 24), mean = 0;
        for (long seed = 1; seed <= 6; seed++) {
            CarTModel m = tumorAlone(6, 24, 0.3, seed);
            m.runToEnd();
            mean += fittedDoublingHours(m) / 6;
        }
        assertEquals(expected, mean, expected * 0.05);
    }

    @Test
    void halvingTheTimeStepLeavesGrowthUnchanged() {
        double td6 = 0, td3 = 0, n6 = 0, n3 = 0;
        for (long seed = 1; seed <= 3; seed++) {
            CarTModel a = tumorAlone(6, 30, 0.2, seed);
            a.runToEnd();
            CarTModel b = tumorAlone(3, 30, 0.2, seed);
            b.runToEnd();
            td6 += fittedDoublingHours(a);
            td3 += fittedDoublingHours(b);
            n6 += a.tumor.live;
            n3 += b.tumor.live;
        }
        assertTrue(Math.abs(td6 / td3 - 1) < 0.05, "doubling time Δt=6: " + td6 / 3 + " vs Δt=3: " + td3 / 3);
        assertTrue(Math.abs(n6 / n3 - 1) < 0.05, "final burden Δt=6: " + n6 / 3 + " vs Δt=3: " + n3 / 3);
    }
}
