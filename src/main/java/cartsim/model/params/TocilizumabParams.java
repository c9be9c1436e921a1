package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Tocilizumab (anti-IL-6R) rules. */
public record TocilizumabParams(
        @Flag(value = true, source = "ASTCT practice", doc = "give tocilizumab for CRS") boolean enabled,
        @Int(value = 2, min = 1, max = 4, unit = "grade", source = "label: CRS grade ≥ 2", doc = "CRS grade that triggers a dose") int min_crs_grade,
        @Int(value = 4, min = 1, max = 20, unit = "doses", source = "S21", doc = "maximum doses") int max_doses,
        @Real(value = 8, min = 1, max = 240, unit = "h", source = "S21", doc = "minimum time between doses") double min_interval_hours,
        @Real(value = 6.3, min = 0.1, max = 100, unit = "d", source = "S21", doc = "terminal half-life") double half_life_days) {
}
