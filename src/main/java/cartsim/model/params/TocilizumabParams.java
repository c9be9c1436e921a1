package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Tocilizumab (anti-IL-6R): trigger rule and pharmacokinetics; it competes with IL-6 for its receptor. */
public record TocilizumabParams(
        @Flag(value = true, source = "ASTCT practice", doc = "give tocilizumab for CRS") boolean enabled,
        @Int(value = 2, min = 1, max = 4, unit = "grade", source = "label: CRS grade ≥ 2", doc = "CRS grade that triggers a dose") int min_crs_grade,
        @Int(value = 4, min = 1, max = 20, unit = "doses", source = "S21", doc = "maximum doses") int max_doses,
        @Real(value = 8, min = 1, max = 240, unit = "h", source = "S21", doc = "minimum time between doses") double min_interval_hours,
        @Real(value = 8, min = 0.1, max = 50, unit = "mg/kg", source = "S21: 8 mg/kg (12 mg/kg below 30 kg)", doc = "dose") double dose_mg_per_kg,
        @Real(value = 12, min = 0.1, max = 50, unit = "mg/kg", source = "S21", doc = "dose for patients below 30 kg") double dose_mg_per_kg_below_30kg,
        @Real(value = 800, min = 1, max = 10000, unit = "mg", source = "S21: at most 800 mg per dose", doc = "largest single dose") double max_dose_mg,
        @Real(value = 44, min = 1, max = 1000, unit = "mL/kg", source = "ACTEMRA-US (calibration-targets-extra): Cmax 183 µg/mL after 8 mg/kg → 8000/183", doc = "apparent volume of distribution") double volume_ml_per_kg,
        @Real(value = 6.3, min = 0.1, max = 100, unit = "d", source = "S21", doc = "terminal half-life") double half_life_days,
        @Real(value = 0.4, min = 0.001, max = 1000, unit = "µg/mL", source = "reasoned estimate: IL-6R affinity ~2.5 nM × 148 kDa ≈ 0.37 µg/mL; sIL-6R saturated above ~1 µg/mL (Nishimoto 2008)", doc = "tocilizumab concentration that doubles the IL-6 needed for the same signal (competitive Kd)") double kd_ug_per_ml) {
}
