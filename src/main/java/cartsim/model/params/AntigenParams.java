package cartsim.model.params;

import cartsim.model.params.P.Real;

/** Expression of one target antigen on the tumor (one record per antigen in disease.antigens). */
public record AntigenParams(
        @Real(value = 20000, min = 0, max = 1000000, unit = "molecules/cell", source = "S18, S61: CD19 ≈2000 threshold, blasts several-fold above; CD22 lower (reasoned)", doc = "{key} mean density (log-normal); 0 = not expressed", byKey = {20000, 4000, 0}, sourceByKey = {"S18, S61: CD19 ≈2000 threshold, blasts several-fold above; CD22 lower (reasoned)", "S18, S61: CD19 ≈2000 threshold, blasts several-fold above; CD22 lower (reasoned)", "S8: BCMA 222–12590 on myeloma (0: not expressed on B-ALL)"}) double mean_molecules_per_cell,
        @Real(value = 0.6, min = 0, max = 5, unit = "-", source = "reasoned: wide inter-cell spread (S13 SD 0.25 relative, clinical spread larger)", doc = "{key} coefficient of variation") double cv,
        @Real(value = 0, min = 0, max = 1, unit = "fraction", source = "reasoned: detectable CD19-negative subclones exist before therapy in some patients only (S48), so the typical patient has none; trials set it per patient (trials/eliana.yaml). Counted at patient scale (simulation.clone_ledger)", doc = "share of {key}-negative cells at start") double preexisting_negative_fraction,
        @Real(value = 1.0E-11, min = 0, max = 1, unit = "1/division", source = "reasoned (rate not retrieved, S28): heritable loss needs specific events (a frameshift plus loss of the second allele, or selection of exon-2-skipping splice variants; S48), far rarer than point mutations (~10⁻⁹ per base per division); at patient scale 10⁻¹¹ gives ~0.5 escape mutants in a 5 × 10¹⁰-cell leukaemia before clearance, so escape is a rare patient-scale event", doc = "probability a daughter heritably loses {key}") double loss_per_division,
        @Real(value = 0.5, min = 0, max = 100, unit = "1/d", source = "reasoned: re-synthesis after trogocytosis within days (S31)", doc = "return of down-regulated {key} toward the heritable level") double recovery_rate_per_day) {
}
