package cartsim.model.params;

import cartsim.model.params.P.Real;

/**
 * Neurotoxicity (ICANS) as its own process: endothelial activation opens the blood–brain
 * barrier, cytokines and CAR-T cells enter the CNS, and the CNS inflammation they cause lowers
 * an ICE-score proxy from which the grade follows.
 */
public record IcansParams(
        @Real(value = 700, min = 1, max = 1000000, unit = "pg/mL IL-6 eq.", source = "reasoned estimate: BBB disruption follows systemic endothelial activation (Gust 2017); calibrated to ELIANA", doc = "endothelial activation that opens the blood–brain barrier halfway") double bbb_half_activation_pg_per_ml,
        @Real(value = 48, min = 1, max = 1000, unit = "h", source = "reasoned estimate: BBB permeability outlasts the cytokine peak by days (Gust 2017: CSF protein high in severe ICANS)", doc = "time constant of blood–brain barrier recovery") double bbb_recovery_hours,
        @Real(value = 1, min = 0, max = 20, unit = "-", source = "reasoned: ICANS follows serum IL-6 but tocilizumab does not prevent it (Gust 2017); total IL-6 crosses, the antibody does not", doc = "weight of IL-6 in the CNS drive") double il6_weight,
        @Real(value = 1.5, min = 0, max = 20, unit = "-", source = "reasoned: ICANS follows CAR-T activation (IFN-γ, GM-CSF) as well as IL-6 (Gust 2017)", doc = "weight of IFN-γ in the CNS drive (IL-6 equivalents)") double ifng_weight,
        @Real(value = 4, min = 0, max = 1000, unit = "-", source = "reasoned estimate: IL-1 blockade prevents neurotoxicity in mice (Norelli 2018)", doc = "weight of IL-1 in the CNS drive (IL-6 equivalents)") double il1_weight,
        @Real(value = 40, min = 0, max = 100000, unit = "pg/mL IL-6 eq. per cell/µL", source = "reasoned estimate: CAR-T cells in CSF in ICANS (Gust 2017; Santomasso 2018), the CD28 product's faster early expansion (NEELAPU17: peak CAR-T linked to grade ≥3 NE); calibrated to ZUMA-1", doc = "CNS inflammation per CAR-T cell/µL that entered through the open barrier") double cart_weight,
        @Real(value = 24, min = 1, max = 1000, unit = "h", source = "reasoned estimate: CAR-T in CSF track blood levels with a lag (Santomasso 2018)", doc = "time constant of CAR-T exchange between blood and CNS") double cart_cns_hours,
        @Real(value = 36, min = 1, max = 1000, unit = "h", source = "reasoned: ICANS follows CRS by ~2 d (ZUMA-1 onset 4 vs 2 d)", doc = "time constant of CNS inflammation following its drive") double cns_delay_hours,
        @Real(value = 1900, min = 1, max = 1000000, unit = "pg/mL IL-6 eq.", source = "calibrated: keeps the former ELIANA grade-1 level (900) at ICE 9; checked against ZUMA-1 neurotoxicity (CTCAE)", doc = "CNS inflammation that halves the ICE score") double ice_half_pg_per_ml,
        @Real(value = 4, min = 0.5, max = 20, unit = "-", source = "reasoned estimate: encephalopathy worsens steeply once it starts (ICE falls from 9 to 2 within a day in ZUMA-1-type ICANS)", doc = "steepness of the ICE-score fall") double ice_hill,
        @Real(value = 2, min = 1, max = 100, unit = "× ice_half", source = "reasoned estimate: coma / cerebral oedema at about twice the half-ICE inflammation", doc = "CNS inflammation (in multiples of ice_half_pg_per_ml) at which the patient is unarousable (grade 4)") double coma_at_ice_half,
        @Real(value = 0.35, min = 0, max = 1, unit = "× ice_half", source = "CTCAE v4 counts mild symptoms (tremor, headache, dysgraphia) that the ICE score does not; reasoned estimate", doc = "CNS inflammation (in multiples of ice_half_pg_per_ml) that gives CTCAE grade 1 symptoms with an ICE score of 10") double ctcae_symptom_at_ice_half) {
}
