package cartsim.model.params;

import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Tissue cytokine fields and their serum pools. */
public record CytokineParams(
        @Int(value = 2, min = 1, max = 200, unit = "per step", source = "-", doc = "explicit diffusion sub-steps per base step (stability: D·Δt_sub/dx² ≤ 0.25)") int diffusion_substeps,
        @Real(value = 0.3, min = 0, max = 1000, unit = "µm²/s", source = "reasoned: hindered diffusion with receptor binding in packed marrow", doc = "effective IFN-γ diffusivity") double ifng_diffusion_um2_per_s,
        @Real(value = 0.3, min = 0, max = 1000, unit = "µm²/s", source = "reasoned", doc = "effective IL-6 diffusivity") double il6_diffusion_um2_per_s,
        @Real(value = 0.05, min = 0, max = 1000, unit = "µm²/s", source = "reasoned: debris barely moves", doc = "debris (DAMP) diffusivity") double damp_diffusion_um2_per_s,
        @Real(value = 0.5, min = 0, max = 100, unit = "1/h", source = "reasoned: local uptake plus drainage", doc = "IFN-γ loss from tissue") double ifng_tissue_decay_per_hour,
        @Real(value = 0.5, min = 0, max = 100, unit = "1/h", source = "reasoned", doc = "IL-6 loss from tissue") double il6_tissue_decay_per_hour,
        @Real(value = 0.2, min = 0, max = 100, unit = "1/h", source = "reasoned: apoptotic bodies cleared within hours", doc = "debris clearance") double damp_decay_per_hour,
        @Real(value = 0.0015, min = 0, max = 1, unit = "-", source = "reasoned; calibrated", doc = "share of IFN-γ lost from tissue that reaches plasma") double ifng_to_serum_fraction,
        @Real(value = 0.05, min = 0, max = 1, unit = "-", source = "reasoned; calibrated", doc = "share of IL-6 lost from tissue that reaches plasma") double il6_to_serum_fraction,
        @Real(value = 0.5, min = 0.001, max = 100, unit = "1/h", source = "reasoned: IFN-γ plasma t½ ~1.4 h", doc = "serum IFN-γ clearance") double ifng_serum_clearance_per_hour,
        @Real(value = 0.18, min = 0.001, max = 100, unit = "1/h", source = "S10: t½ 3.9 h", doc = "serum IL-6 clearance") double il6_serum_clearance_per_hour,
        @Real(value = 3, min = 0, max = 1000, unit = "pg/mL", source = "reasoned: healthy < 7 pg/mL", doc = "baseline serum IL-6") double il6_baseline_pg_per_ml,
        @Real(value = 5, min = 0, max = 1000, unit = "pg/mL", source = "reasoned", doc = "baseline serum IFN-γ") double ifng_baseline_pg_per_ml,
        @Real(value = 1, min = 1.0E-12, max = 1000, unit = "pg/mL", source = "reasoned: 1 pg/mL in one 15 µm site (3.4 × 10⁻⁹ mL) is 0.12 molecules of 17 kDa IFN-γ, so a lower level is not a concentration a cell can sense; it is 5 × 10⁻⁷ of the myeloid IFN-γ half-stimulus (2 × 10⁶ pg/mL, Hill n = 2: a stimulus of 2.5 × 10⁻¹³) and 3 × 10⁻⁶ of what one stimulated CAR-T cell adds to its site in a 6-min step; 10⁻¹² restores the old full-lattice work", doc = "tissue IFN-γ / IL-6 level treated as zero: decay flushes it (counted as drained to serum), so the fields' work follows where cytokine is, not the lattice size") double negligible_tissue_pg_per_ml,
        @Real(value = 1.0E-6, min = 1.0E-12, max = 1, unit = "kills/site", source = "reasoned: 2.5 × 10⁻⁷ of the debris half-stimulus (4 kills/site, Hill n = 2, so a stimulus of 6 × 10⁻¹⁴)", doc = "debris level treated as zero (flushed by decay)") double negligible_debris_per_site) {
}
