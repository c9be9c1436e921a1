package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Anakinra (IL-1 receptor antagonist): trigger rule, pharmacokinetics and IL-1 blockade. */
public record AnakinraParams(
        @Flag(value = false, source = "not part of the ELIANA/ZUMA-1/KarMMa protocols; used off-label for refractory ICANS (Strati 2020)", doc = "give anakinra") boolean enabled,
        @Int(value = 3, min = 1, max = 5, unit = "grade", source = "practice: refractory CRS (5 = never)", doc = "CRS grade that triggers a dose") int min_crs_grade,
        @Int(value = 2, min = 1, max = 5, unit = "grade", source = "practice: ICANS ≥ 2 with steroids (Strati 2020; 5 = never)", doc = "ICANS grade that triggers a dose") int min_icans_grade,
        @Real(value = 100, min = 1, max = 2000, unit = "mg", source = "practice: 100 mg SC/IV q6h (Strati 2020)", doc = "dose") double dose_mg,
        @Real(value = 6, min = 1, max = 48, unit = "h", source = "practice: q6h", doc = "minimum time between doses") double min_interval_hours,
        @Int(value = 28, min = 1, max = 200, unit = "doses", source = "reasoned: one week q6h", doc = "maximum doses") int max_doses,
        @Real(value = 5, min = 0.5, max = 48, unit = "h", source = "Kineret label: t½ 4–6 h", doc = "half-life") double half_life_hours,
        @Real(value = 30, min = 0.1, max = 10000, unit = "mg", source = "reasoned estimate: IL-1R occupancy needs a large molar excess of IL-1Ra; 100 mg gives ~75% blockade", doc = "drug in the body that blocks half of IL-1 signalling") double half_block_mg) {
}
