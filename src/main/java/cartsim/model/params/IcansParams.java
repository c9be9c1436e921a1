package cartsim.model.params;

import cartsim.model.params.P.Real;

/** Neurotoxicity (ICANS): the delayed CNS exposure and its grade thresholds. */
public record IcansParams(
        @Real(value = 1, min = 0, max = 20, unit = "-", source = "reasoned: ICANS follows serum IL-6 but tocilizumab does not prevent it (Gust 2017); calibrated to ELIANA", doc = "IL-6 contribution to the CNS drive") double il6_weight,
        @Real(value = 1.5, min = 0, max = 20, unit = "-", source = "reasoned: ICANS follows CAR-T activation (IFN-γ, GM-CSF, endothelial activation) as well as IL-6 (Gust 2017); compromise between ELIANA and ZUMA-1", doc = "IFN-γ contribution to the CNS drive (IL-6 equivalents)") double ifng_weight,
        @Real(value = 36, min = 1, max = 1000, unit = "h", source = "reasoned: ICANS follows CRS by ~2 d (ZUMA-1 onset 4 vs 2 d)", doc = "time constant of cytokine transfer to the CNS") double cns_delay_hours,
        @Real(value = 900, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated to ELIANA neurotoxicity", doc = "CNS exposure (IL-6 equivalents) for grade 1") double grade1_pg_per_ml,
        @Real(value = 1300, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated", doc = "grade 2") double grade2_pg_per_ml,
        @Real(value = 2000, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated", doc = "grade 3") double grade3_pg_per_ml,
        @Real(value = 4000, min = 0, max = 1000000, unit = "pg/mL", source = "calibrated", doc = "grade 4") double grade4_pg_per_ml) {
}
