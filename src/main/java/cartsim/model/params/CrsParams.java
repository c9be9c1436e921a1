package cartsim.model.params;

import cartsim.model.params.P.Real;

/** Cytokine release syndrome: the inflammation index and its grade thresholds. */
public record CrsParams(
        @Real(value = 1, min = 0, max = 10, unit = "-", source = "reasoned: IFN-γ is pyrogenic and rises first (Teachey 2016); calibrated to ELIANA CRS onset", doc = "IFN-γ contribution to the inflammation index (pg/mL IL-6 equivalents)") double ifng_weight,
        @Real(value = 40, min = 0, max = 1000000, unit = "pg/mL", source = "Teachey 2016 / Lee 2014; calibrated", doc = "index at which fever ≥ 38 °C") double fever_index_pg_per_ml,
        @Real(value = 450, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated to ELIANA CRS", doc = "index for hypotension without vasopressor / low-flow O2") double grade2_index_pg_per_ml,
        @Real(value = 900, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated", doc = "index for one vasopressor / high-flow O2") double grade3_index_pg_per_ml,
        @Real(value = 2500, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated", doc = "index for several vasopressors / positive pressure") double grade4_index_pg_per_ml) {
}
