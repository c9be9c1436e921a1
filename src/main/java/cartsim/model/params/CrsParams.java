package cartsim.model.params;

import cartsim.model.params.P.Real;

/**
 * Cytokine release syndrome as physiology: pyrogens set the body temperature, an endothelial
 * activation (capillary-leak) state with its own recovery sets hypotension and hypoxia, and the
 * grade follows from these signs. Mediator levels are serum pg/mL; the endothelial index is in
 * IL-6-equivalent pg/mL so its thresholds read like the cytokine levels of Teachey 2016.
 */
public record CrsParams(
        @Real(value = 0.02, min = 0, max = 10, unit = "pg IL-1 per pg IL-6", source = "reasoned estimate: activated monocytes/macrophages release IL-1β with IL-6 (Norelli 2018, Giavridis 2018); serum IL-1β in CRS stays near 10 pg/mL while IL-6 reaches thousands", doc = "IL-1 released by the myeloid cells per unit of IL-6 they release") double il1_per_il6,
        @Real(value = 0.35, min = 0.01, max = 100, unit = "1/h", source = "reasoned estimate: IL-1β serum t½ ~2 h, shorter than IL-6 (S10 t½ 3.9 h)", doc = "serum IL-1 clearance rate") double il1_serum_clearance_per_hour,
        @Real(value = 20, min = 0, max = 1000000, unit = "pg/mL", source = "reasoned estimate: fever in CRS with IL-6 of tens of pg/mL (Teachey 2016); calibrated to ELIANA CRS onset", doc = "pyrogen index (IL-6-equivalent pg/mL) that sets 38 °C") double fever_index_pg_per_ml,
        @Real(value = 1, min = 0, max = 1000, unit = "IL-6 eq. per pg", source = "reasoned estimate: IL-1 is a more potent endogenous pyrogen than IL-6 (Dinarello 2004)", doc = "weight of IL-1 signalling in the pyrogen index") double il1_pyrogen_weight,
        @Real(value = 0.01, min = 0, max = 10, unit = "IL-6 eq. per pg", source = "reasoned estimate: IFN-γ acts on fever mainly through the IL-6 and IL-1 it induces; tocilizumab abolishes CRS fever despite high IFN-γ (LE18 in calibration-targets-extra)", doc = "weight of IFN-γ in the pyrogen index") double ifng_pyrogen_weight,
        @Real(value = 1.5, min = 0.05, max = 48, unit = "h", source = "reasoned estimate: fever resolves within hours of tocilizumab (Le 2018, LE18)", doc = "time constant of body temperature following the pyrogens") double fever_time_constant_hours,
        @Real(value = 2, min = 0, max = 100, unit = "IL-6 eq. per pg", source = "reasoned estimate: IL-6 trans-signalling on endothelium drives Ang-2 release and vascular leak (Obstfeld 2017; Kang 2020); calibrated to ELIANA", doc = "weight of IL-6 signalling in the endothelial activation drive") double il6_endothelial_weight,
        @Real(value = 0.5, min = 0, max = 100, unit = "IL-6 eq. per pg", source = "reasoned estimate: IFN-γ activates endothelium (Gust 2017); rises first in severe CRS (Teachey 2016); calibrated to ELIANA", doc = "weight of IFN-γ in the endothelial activation drive") double ifng_weight,
        @Real(value = 4, min = 0, max = 1000, unit = "IL-6 eq. per pg", source = "reasoned estimate: IL-1 drives endothelial activation and capillary leak in CRS models (Norelli 2018)", doc = "weight of IL-1 in the endothelial activation drive") double il1_endothelial_weight,
        @Real(value = 6, min = 0.1, max = 240, unit = "h", source = "reasoned estimate: hypotension follows fever onset by hours (LEVINE21-T5 onset to grade 4 4.5 d)", doc = "time constant of endothelial activation rising toward its drive") double endothelial_activation_hours,
        @Real(value = 36, min = 0.1, max = 720, unit = "h", source = "reasoned estimate: capillary leak and vasopressor need resolve over 1–2 d after the cytokines fall (Gust 2017: Ang-2 stays high for days)", doc = "time constant of endothelial recovery when the drive falls") double endothelial_recovery_hours,
        @Real(value = 450, min = 0, max = 1000000, unit = "pg/mL IL-6 eq.", source = "calibrated to ELIANA CRS (was the grade-2 index)", doc = "endothelial activation that makes hypotension needing fluids") double fluids_index_pg_per_ml,
        @Real(value = 900, min = 0, max = 1000000, unit = "pg/mL IL-6 eq.", source = "calibrated to ELIANA CRS (was the grade-3 index)", doc = "endothelial activation that needs one vasopressor") double vasopressor_index_pg_per_ml,
        @Real(value = 2500, min = 0, max = 1000000, unit = "pg/mL IL-6 eq.", source = "calibrated to ELIANA CRS (was the grade-4 index)", doc = "endothelial activation that needs several vasopressors") double vasopressors_several_index_pg_per_ml,
        @Real(value = 550, min = 0, max = 1000000, unit = "pg/mL IL-6 eq.", source = "reasoned estimate: hypoxia is a little rarer than hypotension in CRS (LEVINE21-T5: high-dose vasopressors 31%, intubation 17%)", doc = "endothelial activation (pulmonary leak) that needs low-flow oxygen") double low_flow_o2_index_pg_per_ml,
        @Real(value = 1100, min = 0, max = 1000000, unit = "pg/mL IL-6 eq.", source = "reasoned estimate, as above", doc = "endothelial activation that needs high-flow oxygen") double high_flow_o2_index_pg_per_ml,
        @Real(value = 3000, min = 0, max = 1000000, unit = "pg/mL IL-6 eq.", source = "reasoned estimate, as above", doc = "endothelial activation that needs positive-pressure ventilation") double ventilation_index_pg_per_ml,
        @Real(value = 24, min = 0, max = 720, unit = "h", source = "Porter 2018 (Penn scale): grade 2 = CRS needing IV therapy or admission, e.g. persisting fever; reasoned 24 h", doc = "continuous fever after which the Penn scale counts grade 2 (admission, IV therapy)") double penn_grade2_fever_hours) {
}
