package cartsim.chart;

import cartsim.experiment.DerivedRates;
import cartsim.model.Endpoint;

import java.util.Map;

/**
 * Axis labels, with units, for the endpoint names of summary.json / summary.csv, taken from the
 * endpoint declarations ({@link Endpoint}, {@link DerivedRates.Rate}). Rates are shown as
 * percentages because clinicians read "40% CR" faster than "0.4".
 */
final class EndpointLabels {
    /** response classes, for the per-class shares of a category endpoint (e.g. best_response_CR) */
    private static final Map<String, String> CLASSES = Map.of(
            "CR", "Complete response", "PR", "Partial response", "SD", "Stable disease", "PD", "Progressive disease");

    private EndpointLabels() {
    }

    private static String name(String endpoint) {
        Endpoint e = Endpoint.byKey(endpoint);
        if (e != null) return e.label();
        DerivedRates.Rate r = DerivedRates.Rate.byKey(endpoint);
        if (r != null) return r.label;
        int cut = endpoint.lastIndexOf('_');
        if (cut > 0 && Endpoint.byKey(endpoint.substring(0, cut)) != null && CLASSES.containsKey(endpoint.substring(cut + 1)))
            return CLASSES.get(endpoint.substring(cut + 1));
        return endpoint.replace('_', ' ');
    }

    /** @param rate whether the values are proportions, shown ×100 with a "% of runs" unit */
    static String label(String endpoint, boolean rate) {
        String name = name(endpoint);
        return rate ? name + " (% of runs)" : name;
    }

    /** a short title form, without the unit in parentheses */
    static String title(String endpoint) {
        String name = name(endpoint);
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }
}
