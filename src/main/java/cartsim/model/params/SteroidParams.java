package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Corticosteroid rules and effects. */
public record SteroidParams(
        @Flag(value = true, source = "ASTCT practice", doc = "give corticosteroids") boolean enabled,
        @Int(value = 3, min = 1, max = 5, unit = "grade", source = "practice: CRS ≥ 3 (5 = never)", doc = "CRS grade that starts a course") int min_crs_grade,
        @Int(value = 2, min = 1, max = 5, unit = "grade", source = "practice: ICANS ≥ 2 (5 = never)", doc = "ICANS grade that starts a course") int min_icans_grade,
        @Real(value = 3, min = 0.1, max = 60, unit = "d", source = "practice: dexamethasone 10 mg q6h, tapered", doc = "length of one course") double course_days,
        @Real(value = 0.3, min = 0, max = 1, unit = "fold", source = "reasoned", doc = "cytokine production while on steroids") double cytokine_factor,
        @Real(value = 0.8, min = 0, max = 1, unit = "fold", source = "S1: expansion factor ≈1 (not significant); reasoned small damping", doc = "CAR-T killing and proliferation while on steroids") double cart_function_factor) {
}
