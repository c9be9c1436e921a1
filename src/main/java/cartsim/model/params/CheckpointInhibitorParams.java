package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Real;

/** Anti-PD-1 combination. */
public record CheckpointInhibitorParams(
        @Flag(value = false, source = "design fact", doc = "anti-PD-1 combination") boolean enabled,
        @Real(value = 0, min = -60, max = 3650, unit = "d", source = "design fact", doc = "first dose (q3w dosing keeps blockade steady)") double start_day,
        @Real(value = 0.8, min = 0, max = 1, unit = "fraction", source = "reasoned: PD-1 receptor occupancy > 70% on nivolumab", doc = "share of PD-1 signalling blocked") double pd1_blockade) {
}
