package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/**
 * Fludarabine/cyclophosphamide lymphodepletion before infusion: the regimen (doses and days, both
 * drugs starting on start_day), its cytoreduction, and the IL-15 surge it leaves behind.
 */
public record LymphodepletionParams(
        @Flag(value = true, source = "ELIANA Flu/Cy", doc = "fludarabine/cyclophosphamide before infusion") boolean enabled,
        @Real(value = -5, min = -60, max = 0, unit = "d", source = "ELIANA / ZUMA-1 schedules", doc = "first day of lymphodepletion, relative to infusion") double start_day,
        @Real(value = 4, min = 0.1, max = 30, unit = "d", source = "design fact: ELIANA Flu × 4 d (calibration-targets S2)", doc = "length of the lymphodepleting course") double duration_days,
        @Real(value = 30, min = 0, max = 100, unit = "mg/m²/d", source = "design fact: ELIANA, ZUMA-1, KarMMa Flu 30 mg/m² (calibration-targets S2, S21, S30)", doc = "fludarabine daily dose") double fludarabine_mg_per_m2_per_day,
        @Int(value = 4, min = 0, max = 10, unit = "d", source = "design fact: ELIANA Flu × 4 d (S2); ZUMA-1, KarMMa × 3 d (S21, S30)", doc = "days of fludarabine from start_day (0 = none; at most duration_days)") int fludarabine_days,
        @Real(value = 500, min = 0, max = 3000, unit = "mg/m²/d", source = "design fact: ELIANA, ZUMA-1 Cy 500 mg/m² (S2, S21); KarMMa 300 (S30)", doc = "cyclophosphamide daily dose") double cyclophosphamide_mg_per_m2_per_day,
        @Int(value = 2, min = 0, max = 10, unit = "d", source = "design fact: ELIANA Cy × 2 d (S2); ZUMA-1, KarMMa × 3 d (S21, S30)", doc = "days of cyclophosphamide from start_day (0 = none; at most duration_days)") int cyclophosphamide_days,
        @Real(value = 0.3, min = 0, max = 1, unit = "fraction", source = "S4 (max 0.6–0.7); reasoned for r/r disease", doc = "tumor cells killed over the course") double tumor_kill_fraction,
        @Real(value = 1.5, min = 1, max = 10, unit = "fold", source = "reasoned: IL-7/IL-15 surge after Flu/Cy", doc = "CAR-T proliferation boost right after a lymphodepletion whose IL-15 rise equals boost_reference_il15_rise_pg_per_ml; scales with the regimen's rise") double expansion_boost,
        @Real(value = 12.2, min = 0.01, max = 1000, unit = "pg/mL", source = "reasoned: the ELIANA regimen's IL-15 rise with the default coefficients (0.06·120 + 0.005·1000), at which expansion_boost was calibrated", doc = "IL-15 rise at which the boost is expansion_boost") double boost_reference_il15_rise_pg_per_ml,
        @Real(value = 2.4, min = 0, max = 1000, unit = "pg/mL", source = "reasoned: serum IL-15 2.4 pg/mL before conditioning (De Bock 2013)", doc = "serum IL-15 without lymphodepletion") double il15_baseline_pg_per_ml,
        @Real(value = 0.06, min = 0, max = 10, unit = "pg/mL per mg/m²", source = "reasoned: the ELIANA regimen gives a rise of ≈ 12 pg/mL (De Bock 2013: 2.4 → 12.5 pg/mL after conditioning); split between the drugs by dose intensity", doc = "IL-15 rise per mg/m² of fludarabine given") double il15_per_fludarabine_mg_per_m2,
        @Real(value = 0.005, min = 0, max = 10, unit = "pg/mL per mg/m²", source = "reasoned: same anchor; more intense Flu/Cy gives more homeostatic cytokine (Hirayama 2019)", doc = "IL-15 rise per mg/m² of cyclophosphamide given") double il15_per_cyclophosphamide_mg_per_m2,
        @Real(value = 15, min = 0.1, max = 1000, unit = "d", source = "reasoned: excess over baseline 10.1 pg/mL at day 7 and 3.8 at day 28 (De Bock 2013) ⇒ t½ ≈ 21 d·ln2/ln(10.1/3.8) ≈ 15 d", doc = "half-life of the IL-15 excess after the course") double il15_half_life_days,
        @Real(value = 7, min = 0.1, max = 100, unit = "d", source = "reasoned: lymphocyte recovery over ~2 weeks", doc = "decay of the boost and of the host-immunity suppression") double boost_half_life_days) {
}
