package cartsim.experiment;

import cartsim.model.Endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Yes/no outcomes derived from a run's endpoints, the way trials report them: complete response,
 * overall response, relapse, severe CRS, any ICANS. Read from runs.csv cells so sweeps, merges
 * and trials derive them identically.
 */
public final class DerivedRates {
    /** each derived rate, declared once with its chart label */
    public enum Rate {
        CR("cr", "Complete response"),
        ORR("orr", "Overall response (CR+PR)"),
        RELAPSE("relapse", "Relapse"),
        CRS3("crs_grade3plus", "CRS grade ≥3"),
        ICANS("icans_any", "ICANS, any grade");

        public final String key, label;

        Rate(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** the rate with this summary.csv name, or null */
        public static Rate byKey(String key) {
            for (Rate r : values()) if (r.key.equals(key)) return r;
            return null;
        }
    }

    public static final String CR = Rate.CR.key, ORR = Rate.ORR.key, RELAPSE = Rate.RELAPSE.key, CRS3 = Rate.CRS3.key,
            ICANS = Rate.ICANS.key;

    private DerivedRates() {}

    /**
     * @param cell column name → cell text ("" for null), or null when there is no such column
     * @return rate name → outcome; a rate whose source column is missing is left out, and one
     *         whose source value is null maps to null (not counted)
     */
    public static Map<String, Boolean> of(Function<String, String> cell) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        String best = cell.apply(Endpoint.BEST_RESPONSE.key());
        if (best != null) {
            out.put(CR, best.isEmpty() ? null : best.equals("CR"));
            out.put(ORR, best.isEmpty() ? null : best.equals("CR") || best.equals("PR"));
        }
        String relapse = cell.apply(Endpoint.RELAPSE_DAY.key());
        // relapse_day is null exactly when there was no relapse
        if (relapse != null) out.put(RELAPSE, !relapse.isEmpty());
        atLeast(out, CRS3, cell.apply(Endpoint.CRS_MAX_GRADE.key()), 3);
        atLeast(out, ICANS, cell.apply(Endpoint.ICANS_MAX_GRADE.key()), 1);
        return out;
    }

    private static void atLeast(Map<String, Boolean> out, String name, String grade, double min) {
        if (grade == null) return;
        out.put(name, grade.isEmpty() ? null : Double.parseDouble(grade) >= min);
    }
}
