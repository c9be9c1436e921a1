package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Real;

/** Bridging chemotherapy during manufacturing. */
public record BridgingParams(
        @Flag(value = false, source = "design fact", doc = "bridging chemotherapy during manufacturing") boolean enabled,
        @Real(value = -14, min = -365, max = 0, unit = "d", source = "design fact", doc = "day of the bridging pulse") double day,
        @Real(value = 0.5, min = 0, max = 1, unit = "fraction", source = "reasoned", doc = "tumor cells killed by bridging") double tumor_kill_fraction) {
}
