package cartsim.model.params;

import cartsim.model.params.P.Real;

/** Macrophages: density, activation by IFN-γ and debris, IL-6 release. */
public record MyeloidParams(
        @Real(value = 0.03, min = 0, max = 0.5, unit = "per site", source = "reasoned: macrophages a few % of marrow cells", doc = "macrophages per lattice site") double density,
        @Real(value = 0.5, min = 0, max = 100, unit = "1/h", source = "reasoned", doc = "activation speed under full stimulus") double activation_rate_per_hour,
        @Real(value = 0.1, min = 0, max = 100, unit = "1/h", source = "reasoned", doc = "return to rest") double deactivation_rate_per_hour,
        @Real(value = 2000000, min = 0.01, max = 1.0E8, unit = "pg/mL", source = "reasoned: IFN-γ priming EC50 ~ng/mL", doc = "local IFN-γ for half stimulus") double ifng_half_activation_pg_per_ml,
        @Real(value = 4, min = 0.001, max = 10000, unit = "kills/site", source = "S29: DAMPs from killed cells activate macrophages", doc = "local debris for half stimulus") double damp_half_activation,
        @Real(value = 7.0E-4, min = 0, max = 100, unit = "pg/cell/h", source = "reasoned: activated monocytes ~0.01–0.1 pg/cell/h; calibrated to ELIANA CRS", doc = "IL-6 release by a fully activated macrophage") double il6_secretion_pg_per_cell_per_h) {
}
