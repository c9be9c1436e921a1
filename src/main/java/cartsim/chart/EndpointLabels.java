package cartsim.chart;

import java.util.Map;

/**
 * Axis labels, with units, for the endpoint names of summary.json / summary.csv. Rates are shown
 * as percentages because clinicians read "40% CR" faster than "0.4".
 */
final class EndpointLabels {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("best_response_CR", "Complete response"),
            Map.entry("best_response_PR", "Partial response"),
            Map.entry("best_response_SD", "Stable disease"),
            Map.entry("best_response_PD", "Progressive disease"),
            Map.entry("mrd_negative_day28", "MRD-negative at day 28"),
            Map.entry("relapse", "Relapse"),
            Map.entry("relapsed", "Relapse"),
            Map.entry("relapse_day", "Day of relapse (days)"),
            Map.entry("relapse_antigen_negative", "Antigen-negative relapse"),
            Map.entry("progression_day", "Day of progression (days)"),
            Map.entry("best_response_day", "Day of best response (days)"),
            Map.entry("tumor_pct_baseline_day28", "Tumor at day 28 (% of baseline)"),
            Map.entry("best_tumor_change_pct", "Best tumor change (%)"),
            Map.entry("cart_peak_day", "Day of CAR-T peak (days)"),
            Map.entry("cart_peak_cells", "Peak CAR-T cells (simulated)"),
            Map.entry("cart_peak_blood_per_ul", "Peak CAR-T in blood (cells/µL)"),
            Map.entry("cart_auc_0_28", "CAR-T AUC, days 0–28 (cells/µL·d)"),
            Map.entry("cart_persistence_day", "CAR-T persistence (days)"),
            Map.entry("cart_lost_by_day28", "CAR-T lost by day 28"),
            Map.entry("crs_max_grade", "Maximum CRS grade (0–4)"),
            Map.entry("crs_onset_day", "CRS onset (days)"),
            Map.entry("crs_duration_days", "CRS duration (days)"),
            Map.entry("icans_max_grade", "Maximum ICANS grade (0–4)"),
            Map.entry("icans_onset_day", "ICANS onset (days)"),
            Map.entry("il6_peak_pg_per_ml", "Peak IL-6 (pg/mL)"),
            Map.entry("ifng_peak_pg_per_ml", "Peak IFN-γ (pg/mL)"),
            Map.entry("tocilizumab_doses", "Tocilizumab doses (count)"),
            Map.entry("steroids_given", "Corticosteroids given"),
            Map.entry("kills_total", "CAR-T kills (count)"),
            Map.entry("baseline_tumor_cells", "Baseline tumor cells (simulated)"));

    private EndpointLabels() {
    }

    /** @param rate whether the values are proportions, shown ×100 with a "% of runs" unit */
    static String label(String endpoint, boolean rate) {
        String name = NAMES.getOrDefault(endpoint, endpoint.replace('_', ' '));
        return rate ? name + " (% of runs)" : name;
    }

    /** a short title form, without the unit in parentheses */
    static String title(String endpoint) {
        String name = NAMES.getOrDefault(endpoint, endpoint.replace('_', ' '));
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }
}
