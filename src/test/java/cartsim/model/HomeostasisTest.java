package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homeostatic expansion after lymphodepletion: without any antigen, CAR-T cells multiply after
 * Flu/Cy at the IL-15-driven rate and not without it; the IL-15 peak follows the regimen's dose.
 * With cart.homeostatic_division_per_day = 0 the first test's Flu/Cy arm stays flat and fails.
 */
class HomeostasisTest {

    /** long-lived memory cells only, no antigen on tumor or B cells: nothing but homeostasis changes their number */
    static Object[] quiet(Object... extra) {
        Object[] base = CarTRulesTest.noAntigen("simulation.days", 20.0, "product.memory_fraction", 1.0,
                "cart.memory_half_life_days", 10000.0, "product.dose_cells_per_kg", 2e6); // ~1700 agents: the fold change has an SE of ~1.3 %
        return TestScenarios.join(base, extra);
    }

    static int firstRowAfterInfusion(CarTModel m) {
        double[] d = m.series.get("day");
        int i0 = 0;
        while (d[i0] <= 0) i0++; // the row at day 0 is recorded before the infusion step
        return i0;
    }

    static double foldChange(CarTModel m) {
        double[] n = m.series.get("cart_cells");
        return n[n.length - 1] / n[firstRowAfterInfusion(m)];
    }

    @Test
    void carTCellsMultiplyAfterFluCyAndNotWithoutIt() {
        CarTModel ld = new CarTModel(TestScenarios.params(quiet("treatment.lymphodepletion.enabled", true)), 4);
        ld.runToEnd();
        // closed form (Yule process): N(20)/N(t₀) = exp(∫ ρ_h(t) dt from t₀ to 20)
        double integral = 0, dt = 0.01;
        for (double t = ld.series.get("day")[firstRowAfterInfusion(ld)]; t < 20; t += dt) integral += ld.homeostasis.divisionRatePerDay(t + dt / 2) * dt;
        double fold = foldChange(ld);
        assertTrue(fold > 1.2, "CAR-T rise after Flu/Cy: ×" + fold);
        assertEquals(Math.exp(integral), fold, 0.05 * Math.exp(integral), "fold change vs exp(∫ρ_h dt)");

        CarTModel none = new CarTModel(TestScenarios.params(quiet("treatment.lymphodepletion.enabled", false)), 4);
        none.runToEnd();
        assertEquals(1.0, foldChange(none), 0.02, "no lymphodepletion, no IL-15 surge, no homeostatic expansion");
    }

    @Test
    void il15PeakScalesWithTheCyclophosphamideDose() {
        double[] peak = new double[2];
        double[] cy = {300, 500};
        for (int k = 0; k < 2; k++) {
            CarTModel m = new CarTModel(TestScenarios.params(quiet("simulation.days", 1.0, "treatment.lymphodepletion.enabled", true,
                    "treatment.lymphodepletion.duration_days", 3.0, "treatment.lymphodepletion.cyclophosphamide_days", 3,
                    "treatment.lymphodepletion.fludarabine_days", 3,
                    "treatment.lymphodepletion.cyclophosphamide_mg_per_m2_per_day", cy[k])), 1);
            m.runToEnd();
            peak[k] = (Double) m.endpoints.toMap().get(Endpoint.IL15_PEAK_PG_PER_ML.key());
        }
        double aC = TestScenarios.params().treatment().lymphodepletion().il15_per_cyclophosphamide_mg_per_m2();
        assertEquals(aC * 200 * 3, peak[1] - peak[0], 1e-6, "Cy 500 vs 300 mg/m² × 3 d: a_C · Δdose");
        // KarMMa-like Flu 30×3 + Cy 300×3 from a 2.4 pg/mL baseline
        assertEquals(2.4 + 0.06 * 90 + 0.005 * 900, peak[0], 1e-6);
    }
}
