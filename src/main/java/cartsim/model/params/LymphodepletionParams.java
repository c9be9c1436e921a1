package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Real;

/** Fludarabine/cyclophosphamide lymphodepletion before infusion. */
public record LymphodepletionParams(
        @Flag(value = true, source = "ELIANA Flu/Cy", doc = "fludarabine/cyclophosphamide before infusion") boolean enabled,
        @Real(value = -5, min = -60, max = 0, unit = "d", source = "ELIANA / ZUMA-1 schedules", doc = "first day of lymphodepletion, relative to infusion") double start_day,
        @Real(value = 3, min = 0.1, max = 30, unit = "d", source = "design fact", doc = "length of the lymphodepleting course") double duration_days,
        @Real(value = 0.3, min = 0, max = 1, unit = "fraction", source = "S4 (max 0.6–0.7); reasoned for r/r disease", doc = "tumor cells killed over the course") double tumor_kill_fraction,
        @Real(value = 1.5, min = 1, max = 10, unit = "fold", source = "reasoned: IL-7/IL-15 surge after Flu/Cy", doc = "CAR-T proliferation boost right after lymphodepletion") double expansion_boost,
        @Real(value = 7, min = 0.1, max = 100, unit = "d", source = "reasoned: lymphocyte recovery over ~2 weeks", doc = "decay of the boost and of the host-immunity suppression") double boost_half_life_days) {
}
