package cartsim.model;

import java.util.function.Function;

/**
 * Every key of {@code summary.json}, declared once: its name, unit, chart label, meaning and how
 * the model computes it. The summary (and so runs.csv and patients.csv), the chart labels, the
 * trial metrics and the table in {@code docs/results-format.md} read this list; declaration order
 * is the order of the keys in summary.json.
 */
public enum Endpoint {
    SEED("seed", Kind.ID, "-", "Seed", "the run's random seed", e -> e.m.seed()),
    SCENARIO_NAME("scenario_name", Kind.ID, "-", "Scenario", "the scenario's name", e -> null),
    DAYS("days", Kind.NUMBER, "d", "Follow-up (days)", "days simulated after infusion", e -> e.days),
    BASELINE_TUMOR_CELLS("baseline_tumor_cells", Kind.NUMBER, "cells (simulated)", "Baseline tumor cells (simulated)",
            "tumor agents at the start of lymphodepletion (or infusion)", e -> e.m.baselineTumor),
    PATIENT_SCALE("patient_scale", Kind.NUMBER, "patient cells per agent", "Patient cells per simulated cell",
            "patient cells represented by one simulated cell", e -> e.m.scale),
    CART_AGENTS_INFUSED("cart_agents_infused", Kind.NUMBER, "agents", "CAR-T agents infused (simulated)",
            "simulated CAR-T agents at infusion: max(simulation.min_cart_agents, dose / patient_scale); below the dose's tile cells each agent is a fraction of a cell",
            e -> e.m.cartAgentsInfused),
    BEST_RESPONSE("best_response", Kind.CATEGORY, "CR/PR/SD/PD", "Best response",
            "CR/PR by the nadir of tumor cells relative to baseline, PD when the nadir never fell below the PD line", Endpoints::bestResponse),
    BEST_RESPONSE_DAY("best_response_day", Kind.NUMBER, "d", "Day of best response (days)", "day of the tumor nadir", e -> nan(e.minPctDay)),
    RESPONSE_DAY28("response_day28", Kind.CATEGORY, "CR/PR/SD/PD", "Response at day 28", "response class of the tumor at day 28",
            e -> e.day28Pct == null ? null : e.classify(e.day28Pct)),
    MRD_NEGATIVE_DAY28("mrd_negative_day28", Kind.FLAG, "yes/no", "MRD-negative at day 28",
            "tumor cells below response.mrd_negative_pct_of_marrow (10⁻⁴) of the marrow (lattice) cells at day 28", e -> e.mrdDay28),
    TUMOR_PCT_BASELINE_DAY28("tumor_pct_baseline_day28", Kind.NUMBER, "%", "Tumor at day 28 (% of baseline)",
            "tumor cells at day 28 relative to baseline", e -> e.day28Pct),
    RELAPSE_DAY("relapse_day", Kind.NUMBER, "d", "Day of relapse (days)", "first regrowth above the relapse line after CR (null if none)", e -> e.relapseDay),
    RELAPSE_ANTIGEN_NEGATIVE("relapse_antigen_negative", Kind.FLAG, "yes/no", "Antigen-negative relapse",
            "the relapsing tumor is mostly antigen-negative (null if no relapse)", e -> e.relapseAntigenNegative),
    BEST_OVERALL_RESPONSE("best_overall_response", Kind.CATEGORY, "sCR/CR/VGPR/PR/SD/PD", "Best overall response",
            "best response at the scheduled assessments by response_criteria, up to progression (null before the first assessment)",
            e -> e.assessment.best() == null ? null : e.assessment.best().word),
    RESPONSE_CRITERIA("response_criteria", Kind.ID, "bone-marrow/lugano/imwg", "Response criteria",
            "the criteria of best_overall_response: bone-marrow (blasts < 5%), lugano (size surrogate), imwg (M-protein)",
            e -> e.assessment.criteria().word()),
    TIME_TO_RESPONSE_DAYS("time_to_response_days", Kind.NUMBER, "d", "Time to response (days)",
            "first assessment at PR or better (CR for bone-marrow) after infusion (null if none)", e -> e.assessment.responseDay()),
    DURATION_OF_RESPONSE_DAYS("duration_of_response_days", Kind.NUMBER, "d", "Duration of response (days)",
            "first response to progression (null without response or without progression by the end of follow-up)",
            e -> e.assessment.durationOfResponse()),
    PFS_DAY("pfs_day", Kind.NUMBER, "d", "Progression day, assessed (days)",
            "assessment day of progression by response_criteria, measured from the nadir (null if none: censored at followup_day)",
            e -> e.assessment.progressionDay()),
    PROGRESSION_DAY("progression_day", Kind.NUMBER, "d", "Day of progression (days)", "first day above the PD line or of relapse", e -> e.progressionDay),
    // Tmax: the peak of the whole CAR-T population (blood transgene levels track it once cells
    // have distributed); the blood pool alone peaks at infusion in patients whose cells never expand
    CART_PEAK_DAY("cart_peak_day", Kind.NUMBER, "d", "Day of CAR-T peak (days)", "Tmax: day of the peak of all CAR-T, tissue + blood", e -> nan(e.peakDay)),
    CART_PEAK_CELLS("cart_peak_cells", Kind.NUMBER, "cells (simulated)", "Peak CAR-T cells (simulated)", "that peak, in simulated (tile) cells: agents × sample weight",
            e -> (int) Math.round(Math.max(0, e.peakCells))),
    CART_PEAK_BLOOD_PER_UL("cart_peak_blood_per_ul", Kind.NUMBER, "cells/µL", "Peak CAR-T in blood (cells/µL)", "Cmax in blood: the highest blood CAR-T level from day response.pk_first_day (1) to day 28",
            e -> Math.max(0, e.peakBloodPerUl)),
    CART_PEAK_BLOOD_DAY("cart_peak_blood_day", Kind.NUMBER, "d", "Day of the blood CAR-T peak (days)", "Tmax in blood: day of that Cmax", e -> nan(e.peakBloodDay)),
    CART_AUC_0_28("cart_auc_0_28", Kind.NUMBER, "cells/µL·d", "CAR-T AUC, days 0–28 (cells/µL·d)", "area under the blood CAR-T curve, days 0–28", e -> e.auc028),
    CART_PERSISTENCE_DAY("cart_persistence_day", Kind.NUMBER, "d", "CAR-T persistence (days)", "last day with a live CAR-T cell", e -> nan(e.persistenceDay)),
    CRS_MAX_GRADE("crs_max_grade", Kind.NUMBER, "grade 0–4", "Maximum CRS grade (0–4)", "highest CRS grade", e -> e.crsMax),
    CRS_ONSET_DAY("crs_onset_day", Kind.NUMBER, "d", "CRS onset (days)", "first day at CRS grade ≥ 1 (null if never)", e -> e.crsOnset),
    CRS_RESOLUTION_DAY("crs_resolution_day", Kind.NUMBER, "d", "CRS resolution (days)",
            "day the CRS grade last returned to 0 (null if never CRS or still going on at the end)", e -> e.crsOff),
    CRS_DURATION_DAYS("crs_duration_days", Kind.NUMBER, "d", "CRS duration (days)",
            "onset to resolution (to the end of follow-up if unresolved); 0 without CRS", Endpoints::crsDurationDays),
    CRS_MAX_GRADE_PENN("crs_max_grade_penn", Kind.NUMBER, "grade 0–4", "Maximum CRS grade, Penn scale (0–4)",
            "highest CRS grade by the Penn scale (Porter 2018), from the same signs", e -> e.crsMaxPenn),
    CRS_MAX_GRADE_LEE2014("crs_max_grade_lee2014", Kind.NUMBER, "grade 0–4", "Maximum CRS grade, Lee 2014 (0–4)",
            "highest CRS grade by Lee 2014, from the same signs", e -> e.crsMaxLee2014),
    ICANS_MAX_GRADE("icans_max_grade", Kind.NUMBER, "grade 0–4", "Maximum ICANS grade (0–4)", "highest ICANS grade", e -> e.icansMax),
    ICANS_ONSET_DAY("icans_onset_day", Kind.NUMBER, "d", "ICANS onset (days)", "first day at ICANS grade ≥ 1 (null if never)", e -> e.icansOnset),
    ICANS_RESOLUTION_DAY("icans_resolution_day", Kind.NUMBER, "d", "ICANS resolution (days)",
            "day the ICANS grade last returned to 0 (null if never ICANS or still going on at the end)", e -> e.icansOff),
    ICANS_MAX_GRADE_CTCAE("icans_max_grade_ctcae", Kind.NUMBER, "grade 0–4", "Maximum neurotoxicity grade, CTCAE (0–4)",
            "highest neurologic-event grade by CTCAE v4 (mild symptoms count), from the same CNS state", e -> e.icansMaxCtcae),
    IL6_PEAK_PG_PER_ML("il6_peak_pg_per_ml", Kind.NUMBER, "pg/mL", "Peak IL-6 (pg/mL)", "highest serum IL-6", e -> e.il6Peak),
    IFNG_PEAK_PG_PER_ML("ifng_peak_pg_per_ml", Kind.NUMBER, "pg/mL", "Peak IFN-γ (pg/mL)", "highest serum IFN-γ", e -> e.ifngPeak),
    TOCILIZUMAB_DOSES("tocilizumab_doses", Kind.NUMBER, "doses", "Tocilizumab doses (count)", "tocilizumab doses given", e -> e.m.clinical.drugs.tociDoses()),
    STEROIDS_GIVEN("steroids_given", Kind.FLAG, "yes/no", "Corticosteroids given", "any corticosteroid course", e -> e.m.clinical.drugs.steroidsGiven()),
    ANAKINRA_DOSES("anakinra_doses", Kind.NUMBER, "doses", "Anakinra doses (count)", "anakinra doses given", e -> e.m.clinical.drugs.anakinraDoses()),
    KILLS_TOTAL("kills_total", Kind.NUMBER, "kills", "CAR-T kills (count)", "tumor cells killed by CAR-T", e -> e.m.cart.kills),
    BEST_TUMOR_CHANGE_PCT("best_tumor_change_pct", Kind.NUMBER, "%", "Best tumor change (%)",
            "min over follow-up of tumor % baseline − 100", e -> Double.isInfinite(e.minPct) ? null : e.minPct - 100),
    CART_LOST_BY_DAY28("cart_lost_by_day28", Kind.FLAG, "yes/no", "CAR-T lost by day 28", "no live CAR-T cell left at day 28", e -> e.cartLostBy28),
    FOLLOWUP_DAY("followup_day", Kind.NUMBER, "d", "Follow-up reached (days)", "last simulated day after infusion", e -> nan(e.lastDay)),
    B_CELL_APLASIA("b_cell_aplasia", Kind.FLAG, "yes/no", "B-cell aplasia at day 28",
            "blood B cells below b_cells.aplasia_below_per_ul at day 28 (null if the run ends before day 28)", e -> e.bAplasia28),
    B_CELL_APLASIA_DURATION_DAYS("b_cell_aplasia_duration_days", Kind.NUMBER, "d", "B-cell aplasia (days)",
            "days after infusion with blood B cells below the aplasia line, until recovery or the end of follow-up", e -> e.bAplasiaDays),
    B_CELL_RECOVERY_DAY("b_cell_recovery_day", Kind.NUMBER, "d", "B-cell recovery (day)",
            "first day after aplasia with blood B cells at or above b_cells.recovery_above_per_ul (null if none)", e -> e.bRecoveryDay),
    SBCMA_BASELINE_NG_PER_ML("sbcma_baseline_ng_per_ml", Kind.NUMBER, "ng/mL", "Soluble BCMA at infusion (ng/mL)",
            "serum soluble BCMA on the day of infusion", e -> e.sbcmaBaseline),
    SBCMA_DAY28_NG_PER_ML("sbcma_day28_ng_per_ml", Kind.NUMBER, "ng/mL", "Soluble BCMA at day 28 (ng/mL)",
            "serum soluble BCMA at day 28 (null if the run ends before day 28)", e -> e.sbcmaDay28),
    IL15_PEAK_PG_PER_ML("il15_peak_pg_per_ml", Kind.NUMBER, "pg/mL", "Peak IL-15 (pg/mL)",
            "highest serum IL-15, including the lymphodepletion days before infusion", e -> e.il15Peak);

    /** how an endpoint's values are summarised */
    public enum Kind { ID, NUMBER, FLAG, CATEGORY }

    private final String key, unit, label, meaning;
    private final Kind kind;
    private final Function<Endpoints, Object> value;

    Endpoint(String key, Kind kind, String unit, String label, String meaning, Function<Endpoints, Object> value) {
        this.key = key;
        this.kind = kind;
        this.unit = unit;
        this.label = label;
        this.meaning = meaning;
        this.value = value;
    }

    /** the summary.json key */
    public String key() { return key; }
    public Kind kind() { return kind; }
    public String unit() { return unit; }
    /** chart axis label, with its unit */
    public String label() { return label; }
    /** one line for the docs */
    public String meaning() { return meaning; }

    Object of(Endpoints e) {
        return value.apply(e);
    }

    /** the endpoint with this summary.json key, or null */
    public static Endpoint byKey(String key) {
        for (Endpoint e : values()) if (e.key.equals(key)) return e;
        return null;
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
