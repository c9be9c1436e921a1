package cartsim.model.params;

import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** CAR-T cell behaviour: expansion, life span, motility, contact and killing, exhaustion, secretion, traffic. */
public record CartParams(
        @Real(value = 18.7, min = 2, max = 1000, unit = "h", source = "S1: expansion ρ 0.889/d", doc = "doubling time while stimulated") double division_time_h,
        @Int(value = 12, min = 0, max = 40, unit = "divisions", source = "S12 (10); S1 3900-fold ≈ 2^12", doc = "division limit per infused cell lineage") int max_divisions,
        @Real(value = 36, min = 0.1, max = 1000, unit = "h", source = "reasoned: brief antigen exposure commits T cells to several divisions (van Stipdonk 2001)", doc = "time after an engagement during which a cell proliferates and secretes") double stimulation_window_h,
        @Real(value = 4.3, min = 0.1, max = 1000, unit = "d", source = "S1: contraction α 0.16/d", doc = "effector CAR-T half-life") double effector_half_life_days,
        @Real(value = 217, min = 1, max = 10000, unit = "d", source = "S1: persistence β 0.0032/d", doc = "memory-like CAR-T half-life") double memory_half_life_days,
        @Real(value = 2, min = 0.05, max = 1000, unit = "d", source = "reasoned: terminally exhausted cells are short-lived", doc = "exhausted CAR-T half-life") double exhausted_half_life_days,
        @Real(value = 0.001, min = 0, max = 10, unit = "1/d", source = "derived from S1: ε = FB·(α − β) = 0.0079·(0.161 − 0.0032) = 1.24e-3/d, ÷ 4-1BB memory_factor 1.5 ≈ 1e-3", doc = "conversion of unstimulated effectors to memory (times the costim memory_factor)") double effector_to_memory_per_day,
        @Int(value = 12, min = 0, max = 40, unit = "divisions", source = "reasoned: memory T cells re-expand ≥ 1000-fold on antigen re-encounter; S1 fold expansion 3900 ≈ 2^12", doc = "divisions a cell regains when it becomes memory (recall expansion); 0 = the lineage's used divisions stay used") int memory_recall_divisions,
        @Real(value = 0.5, min = 0, max = 5, unit = "-", source = "S61, S62 (Majzner 2018/2020: CAR activity depends on antigen density; cytotoxicity falls least); exponent reasoned", doc = "kill probability × s^e, s = the engagement's recognition signal (0 = killing independent of antigen density)") double kill_signal_exponent,
        @Real(value = 2, min = 0, max = 5, unit = "-", source = "S61 (below ~2000 CD19/cell cytokine production nearly ablated), S62; exponent reasoned", doc = "IFN-γ release × s^e after an engagement of signal s (0 = independent of antigen density)") double cytokine_signal_exponent,
        @Real(value = 1, min = 0, max = 5, unit = "-", source = "S61, S62 (proliferation falls at low antigen density); exponent reasoned", doc = "antigen-driven division rate × s^e after an engagement of signal s (0 = independent of antigen density)") double proliferation_signal_exponent,
        @Real(value = 0.03, min = 0, max = 5, unit = "1/d", source = "reasoned: lymphocyte turnover of a few %/d (blood B cells divide 1.9 %/d, Macallan 2005); high IL-15 after Cy/Flu goes with high CAR-T peaks (Kochenderfer 2017); bounded so day-90 persistence stays in Stein's band (S1)", doc = "antigen-independent (homeostatic) division rate of non-exhausted CAR-T at saturating IL-15 excess") double homeostatic_division_per_day,
        @Real(value = 5, min = 0.01, max = 1000, unit = "pg/mL", source = "reasoned: between the baseline (2.4) and the post-conditioning peak (12.5 pg/mL) of De Bock 2013", doc = "IL-15 excess over baseline giving half the homeostatic division rate") double homeostatic_half_effect_il15_pg_per_ml,
        @Real(value = 40, min = 0, max = 2000, unit = "µm²/min", source = "S13 (83 µm²/min, 3-D); S17; reasoned slower in packed marrow", doc = "random-walk diffusivity") double motility_um2_per_min,
        @Real(value = 0.5, min = 0, max = 1, unit = "-", source = "S13", doc = "probability a move follows the IFN-γ-induced chemokine gradient uphill") double chemotaxis_bias,
        @Real(value = 0.013, min = 0, max = 10, unit = "1/min", source = "S13: attachment rate 0.013/min", doc = "rate of engaging a fully recognised neighbour") double conjugation_rate_per_min,
        @Real(value = 25, min = 0.5, max = 1440, unit = "min", source = "S55: engage, kill, detach in ~25 min", doc = "contact delay before the kill attempt") double contact_time_min,
        @Real(value = 0.6, min = 0, max = 1, unit = "-", source = "S55: many contacts produce no kill; reasoned", doc = "probability a contact with granules kills") double kill_probability_per_contact,
        @Real(value = 4, min = 1, max = 100, unit = "kills", source = "S56: > 6 serial kills with refill; reasoned", doc = "perforin/granzyme store, in lethal hits") double granule_capacity,
        @Real(value = 4, min = 0.05, max = 1000, unit = "h/kill", source = "S14: 2–16 kills/CTL/day; reasoned", doc = "time to re-synthesise one lethal hit") double granule_refill_hours,
        @Real(value = 0.5, min = 0, max = 2, unit = "fold", source = "reasoned: CD4 CAR-T kill more slowly", doc = "kill probability of CD4 cells relative to CD8") double cd4_kill_factor,
        @Real(value = 0.005, min = 0, max = 1, unit = "-", source = "S12: ~10 bindings before exhaustion; reasoned with recovery", doc = "exhaustion added per engagement") double exhaustion_per_engagement,
        @Real(value = 0.005, min = 0, max = 1, unit = "-", source = "S12 (PD-1 150/cell, PD-L1 3600/cell); reasoned", doc = "extra exhaustion per engagement with a PD-L1-high target") double pd1_exhaustion_per_engagement,
        @Real(value = 3600, min = 1, max = 1000000, unit = "molecules/cell", source = "S12", doc = "PD-L1 giving half the PD-1 effect") double pdl1_half_effect_molecules,
        @Real(value = 0.01, min = 0, max = 1, unit = "1/h", source = "S20", doc = "recovery of reversible exhaustion without antigen") double exhaustion_recovery_per_hour,
        @Real(value = 0.5, min = 0, max = 1, unit = "-", source = "S12: exhausted vs apoptotic 50/50", doc = "share of cells dying when exhaustion completes") double exhausted_apoptosis_fraction,
        @Real(value = 0.01, min = 0, max = 10, unit = "pg/cell/h", source = "reasoned: activated T cells secrete ~0.01–0.1 pg/cell/h in vitro", doc = "IFN-γ release by stimulated CAR-T") double ifng_secretion_pg_per_cell_per_h,
        @Real(value = 1.5, min = 0, max = 10, unit = "fold", source = "reasoned: CD4 help, more cytokine", doc = "cytokine release of CD4 relative to CD8") double cd4_cytokine_factor,
        @Real(value = 0.5, min = 0, max = 50, unit = "1/d", source = "S17: lymph-node transit ≈16 h; reasoned slower in marrow", doc = "unstimulated CAR-T leaving tissue for blood") double tissue_egress_per_day,
        @Real(value = 0.5, min = 0, max = 50, unit = "1/d", source = "reasoned: activated T cells recirculate through blood and lymph (S17, lymph-node transit ≈16 h), so blood CAR-T levels track expansion (label PK: blood Cmax at the expansion peak, S1/S6); same rate as unstimulated egress", doc = "stimulated CAR-T not in a synapse leaving tissue for blood") double activated_egress_per_day,
        @Real(value = 3, min = 0, max = 50, unit = "1/d", source = "reasoned: activated T cells home to marrow within hours to a day; calibrated to ELIANA Tmax and CRS onset", doc = "blood CAR-T entering the tissue lattice") double blood_infiltration_per_day) {
}
