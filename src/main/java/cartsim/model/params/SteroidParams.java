package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/**
 * Corticosteroid rules and effects. Steroids act once: they suppress cytokine production by
 * CAR-T and myeloid cells (and, less, CAR-T function); ICANS and CRS fall because the cytokines
 * fall, with no second damping of the CNS drive.
 */
public record SteroidParams(
        @Flag(value = true, source = "ASTCT practice", doc = "give corticosteroids") boolean enabled,
        @Int(value = 3, min = 1, max = 5, unit = "grade", source = "practice: CRS ≥ 3 (5 = never)", doc = "CRS grade that starts a course") int min_crs_grade,
        @Int(value = 2, min = 1, max = 5, unit = "grade", source = "practice: ICANS ≥ 2 (5 = never)", doc = "ICANS grade that starts a course") int min_icans_grade,
        @Real(value = 0, min = 0, max = 720, unit = "h", source = "ELIANA-era practice: steroids only when tocilizumab fails (Maude 2018); 0 = rule off", doc = "steroids when CRS stays at the tocilizumab grade this long after the first dose (0 = never)") double after_tocilizumab_failure_hours,
        @Real(value = 3, min = 0.1, max = 60, unit = "d", source = "practice: dexamethasone 10 mg q6h, tapered", doc = "length of one course") double course_days,
        @Real(value = 40, min = 0, max = 1000, unit = "mg/d dexamethasone eq.", source = "practice: dexamethasone 10 mg q6h (Neelapu 2018)", doc = "dose level") double dose_mg_per_day,
        @Real(value = 10, min = 0.01, max = 1000, unit = "mg/d dexamethasone eq.", source = "reasoned estimate: 10 mg/d already suppresses most cytokine release (ZUMA-1 cohort 6 prophylaxis, OLUWOLE21)", doc = "dose for half the maximal effect") double ed50_mg_per_day,
        @Real(value = 0.125, min = 0, max = 1, unit = "fold", source = "reasoned: keeps the former 0.3 at 40 mg/d", doc = "cytokine production at a saturating dose") double cytokine_factor,
        @Real(value = 0.75, min = 0, max = 1, unit = "fold", source = "S1: expansion factor ≈1 (not significant); reasoned small damping (0.8 at 40 mg/d)", doc = "CAR-T killing and proliferation at a saturating dose") double cart_function_factor) {

    /** share of the maximal effect at the configured dose (Emax model) */
    public double effect() {
        return dose_mg_per_day / (dose_mg_per_day + ed50_mg_per_day);
    }
}
