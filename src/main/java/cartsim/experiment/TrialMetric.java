package cartsim.experiment;

import java.util.Arrays;
import java.util.List;

/**
 * Every metric of a virtual trial's endpoints.csv and report, declared once: name (the
 * {@code published:} key), label and kind. Declaration order is report order.
 */
public enum TrialMetric {
    ENROLLED("enrolled", "Patients enrolled", "count"),
    INFUSED("infused", "Patients infused", "count"),
    ORR_ITT("orr_itt", "Overall response (CR+PR), intention to treat", "rate"),
    ORR_INFUSED("orr_infused", "Overall response (CR+PR), infused", "rate"),
    CR_ITT("cr_itt", "Complete response, intention to treat", "rate"),
    CR_INFUSED("cr_infused", "Complete response, infused", "rate"),
    CRS_ANY("crs_any", "CRS, any grade", "rate"),
    CRS_GRADE3PLUS("crs_grade3plus", "CRS, grade ≥3", "rate"),
    CRS_ONSET_MEDIAN_DAYS("crs_onset_median_days", "Median CRS onset (days after infusion)", "days"),
    CRS_DURATION_MEDIAN_DAYS("crs_duration_median_days", "Median CRS duration (days)", "days"),
    ICANS_ANY("icans_any", "ICANS, any grade", "rate"),
    ICANS_GRADE3PLUS("icans_grade3plus", "ICANS, grade ≥3", "rate"),
    ICANS_ONSET_MEDIAN_DAYS("icans_onset_median_days", "Median ICANS onset (days after infusion)", "days"),
    TOCILIZUMAB("tocilizumab", "Tocilizumab given", "rate"),
    STEROIDS("steroids", "Corticosteroids given", "rate"),
    CART_TMAX_MEDIAN_DAYS("cart_tmax_median_days", "Median CAR-T Tmax (days), all infused", "days"),
    CART_TMAX_MEDIAN_RESPONDERS_DAYS("cart_tmax_median_responders_days", "Median CAR-T Tmax (days), responders", "days"),
    CART_TMAX_MEDIAN_NONRESPONDERS_DAYS("cart_tmax_median_nonresponders_days", "Median CAR-T Tmax (days), non-responders", "days"),
    CART_CMAX_GEOMEAN_RESPONDERS("cart_cmax_geomean_responders", "CAR-T Cmax in blood, geometric mean (cells/µL), responders", "cells/µL"),
    CART_CMAX_GEOMEAN_NONRESPONDERS("cart_cmax_geomean_nonresponders", "CAR-T Cmax in blood, geometric mean (cells/µL), non-responders", "cells/µL"),
    CART_CMAX_RATIO_RESPONDERS("cart_cmax_ratio_responders", "Cmax ratio, responders / non-responders (geometric means)", "ratio"),
    RFS_6MO_RESPONDERS("rfs_6mo_responders", "Relapse-free survival at 6 months, responders (Kaplan–Meier)", "rate"),
    RFS_12MO_RESPONDERS("rfs_12mo_responders", "Relapse-free survival at 12 months, responders (Kaplan–Meier)", "rate"),
    DOR_MEDIAN_MONTHS("dor_median_months", "Median duration of response (months, Kaplan–Meier), responders", "months"),
    DOR_6MO("dor_6mo", "Response ongoing at 6 months (Kaplan–Meier), responders", "rate"),
    DOR_12MO("dor_12mo", "Response ongoing at 12 months (Kaplan–Meier), responders", "rate"),
    PFS_MEDIAN_MONTHS("pfs_median_months", "Median progression-free survival (months, Kaplan–Meier), infused", "months"),
    PFS_6MO("pfs_6mo", "Progression-free survival at 6 months (Kaplan–Meier), infused", "rate"),
    PFS_12MO("pfs_12mo", "Progression-free survival at 12 months (Kaplan–Meier), infused", "rate"),
    ANTIGEN_NEGATIVE_RELAPSE_SHARE("antigen_negative_relapse_share", "Relapses that are antigen-negative", "rate"),
    B_CELL_APLASIA_DAY28("b_cell_aplasia_day28", "B-cell aplasia at day 28, infused", "rate");

    /** every metric name, in report order; published: keys must be among these */
    public static final List<String> NAMES = Arrays.stream(values()).map(m -> m.key).toList();

    public final String key, label, kind;

    TrialMetric(String key, String label, String kind) {
        this.key = key;
        this.label = label;
        this.kind = kind;
    }
}
