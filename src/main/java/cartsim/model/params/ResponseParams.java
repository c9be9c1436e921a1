package cartsim.model.params;

import cartsim.model.params.P.Choice;
import cartsim.model.params.P.Real;

/**
 * Response: the lattice nadir thresholds (best_response, relapse) and the clinical criteria
 * applied at scheduled assessments (best_overall_response, PFS, DOR).
 */
public record ResponseParams(
        @Real(value = 1, min = 0, max = 100, unit = "%", source = "reasoned: ≥2-log reduction ≈ <5% marrow blasts", doc = "complete response threshold (lattice nadir; Lugano complete metabolic response)") double cr_below_pct_baseline,
        @Real(value = 50, min = 0, max = 100, unit = "%", source = "Cheson/Lugano-style ≥50% reduction", doc = "partial response threshold (lattice nadir)") double pr_below_pct_baseline,
        @Real(value = 125, min = 100, max = 10000, unit = "%", source = "≥25% increase", doc = "progressive disease threshold (lattice nadir, from baseline)") double pd_above_pct_baseline,
        @Real(value = 0.01, min = 0, max = 100, unit = "%", source = "MRD < 10⁻⁴ by flow (Pulsipher 2022, S49)", doc = "MRD negativity: tumor cells below this share of the marrow (lattice) cells") double mrd_negative_pct_of_marrow,
        @Real(value = 5, min = 0, max = 1000, unit = "%", source = "reasoned: morphological relapse after CR", doc = "regrowth after CR counted as relapse") double relapse_above_pct_baseline,
        @Real(value = 0.5, min = 0, max = 1, unit = "fraction", source = "reasoned: majority of blasts negative", doc = "share of antigen-negative cells that makes a relapse antigen-negative") double antigen_negative_relapse_share,
        @Choice(value = "auto", source = "NCCN/ELIANA marrow criteria; Lugano 2014 (Cheson); IMWG 2016 (Kumar)", doc = "criteria at the assessments: bone-marrow (B-ALL), lugano (lymphoma), imwg (myeloma); auto = the disease's own") ResponseCriteria criteria,
        @Real(value = 28, min = 1, max = 3650, unit = "d", source = "ELIANA day 28; Lugano and IMWG ~1 month (GRUPP18, KARMMA-TAB)", doc = "day of the first assessment after infusion") double first_assessment_day,
        @Real(value = 0, min = 0, max = 3650, unit = "d", source = "ELIANA day 28 and month 3 (GRUPP18); Lugano restaging ~every 2–3 months; IMWG monthly", doc = "days between later assessments; 0 = per criteria: bone-marrow 63 (day 28, month 3, …), lugano 61, imwg 30") double assessment_interval_days,
        @Real(value = 5, min = 0, max = 100, unit = "% of marrow cells", source = "NCCN/ELIANA: CR = < 5% marrow blasts (GRUPP18)", doc = "marrow blast share below which B-ALL is in CR") double marrow_cr_blast_pct,
        @Real(value = 125, min = 100, max = 10000, unit = "% of nadir", source = "NCCN ALL: progressive disease = ≥ 25% rise in the absolute number of marrow blasts", doc = "bone-marrow progression (without a prior CR): blasts above this share of their nadir") double marrow_pd_above_nadir_pct,
        @Real(value = 150, min = 100, max = 10000, unit = "% of nadir", source = "Lugano 2014: PD = ≥50% increase from nadir (Cheson 2014)", doc = "Lugano progression: size surrogate above this share of its nadir") double lugano_pd_above_nadir_pct,
        @Real(value = 21, min = 1, max = 100, unit = "d", source = "IGG24 (calibration-targets-extra): IgG1/2/4 t½ 21–24 d", doc = "serum M-protein half-life") double m_protein_half_life_days,
        @Real(value = 0.5, min = 0, max = 100, unit = "% of baseline", source = "reasoned estimate: immunofixation detects ~0.02 g/dL of a ~3 g/dL baseline M-protein", doc = "IMWG CR: M-protein below this (immunofixation negative)") double imwg_cr_below_pct_baseline,
        @Real(value = 10, min = 0, max = 100, unit = "% of baseline", source = "IMWG 2016: VGPR ≥ 90% reduction (Kumar 2016)", doc = "IMWG VGPR: M-protein below this") double imwg_vgpr_below_pct_baseline,
        @Real(value = 125, min = 100, max = 10000, unit = "% of nadir", source = "IMWG 2016: PD = ≥ 25% increase from the lowest value (Kumar 2016)", doc = "IMWG progression: M-protein above this share of its nadir") double imwg_pd_above_nadir_pct,
        @Real(value = 17, min = 0, max = 1000, unit = "% of baseline", source = "IMWG 2016: and an absolute rise ≥ 0.5 g/dL; reasoned: of a ~3 g/dL baseline", doc = "IMWG progression also needs this absolute rise above the nadir") double imwg_pd_min_rise_pct_baseline,
        @Real(value = 1, min = 0, max = 28, unit = "d", source = "reasoned: label PK (Kymriah, Abecma) samples blood from day 1 on; Cmax is the in-vivo expansion peak (Awasthi 2020), not the infused bolus", doc = "first day of the window [pk_first_day, 28] over which blood Cmax and Tmax are read") double pk_first_day) {
}
