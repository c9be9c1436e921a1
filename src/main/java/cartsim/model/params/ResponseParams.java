package cartsim.model.params;

import cartsim.model.params.P.Real;

/** Response thresholds relative to the baseline tumor. */
public record ResponseParams(
        @Real(value = 1, min = 0, max = 100, unit = "%", source = "reasoned: ≥2-log reduction ≈ <5% marrow blasts", doc = "complete response threshold") double cr_below_pct_baseline,
        @Real(value = 50, min = 0, max = 100, unit = "%", source = "Cheson/Lugano-style ≥50% reduction", doc = "partial response threshold") double pr_below_pct_baseline,
        @Real(value = 125, min = 100, max = 10000, unit = "%", source = "≥25% increase", doc = "progressive disease threshold") double pd_above_pct_baseline,
        @Real(value = 0.01, min = 0, max = 100, unit = "%", source = "MRD < 10⁻⁴ by flow", doc = "MRD negativity threshold") double mrd_negative_below_pct_baseline,
        @Real(value = 5, min = 0, max = 1000, unit = "%", source = "reasoned: morphological relapse after CR", doc = "regrowth after CR counted as relapse") double relapse_above_pct_baseline,
        @Real(value = 0.5, min = 0, max = 1, unit = "fraction", source = "reasoned: majority of blasts negative", doc = "share of antigen-negative cells that makes a relapse antigen-negative") double antigen_negative_relapse_share,
        @Real(value = 1, min = 0, max = 28, unit = "d", source = "reasoned: label PK (Kymriah, Abecma) samples blood from day 1 on; Cmax is the in-vivo expansion peak (Awasthi 2020), not the infused bolus", doc = "first day of the window [pk_first_day, 28] over which blood Cmax and Tmax are read") double pk_first_day) {
}
