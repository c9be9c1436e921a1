package cartsim.model.params;

import cartsim.model.params.P.Real;

/** One chemotherapy or targeted-therapy pulse. */
public record ChemoPulse(
        @Real(value = 0, min = -365, max = 3650, unit = "d", source = "-", doc = "day of the pulse") double day,
        @Real(value = 0.5, min = 0, max = 1, unit = "fraction", source = "S4", doc = "tumor cells killed") double tumor_kill_fraction,
        @Real(value = 0, min = 0, max = 1, unit = "fraction", source = "S4 (K_C 0.6)", doc = "CAR-T cells killed") double cart_kill_fraction) {
}
