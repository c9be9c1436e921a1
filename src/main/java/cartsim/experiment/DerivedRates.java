package cartsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Yes/no outcomes derived from a run's endpoints, the way trials report them: complete response,
 * overall response, relapse, severe CRS, any ICANS. Read from runs.csv cells so sweeps, merges
 * and trials derive them identically.
 */
public final class DerivedRates {
    public static final String CR = "cr", ORR = "orr", RELAPSE = "relapse", CRS3 = "crs_grade3plus", ICANS = "icans_any";

    private DerivedRates() {}

    /**
     * @param cell column name → cell text ("" for null), or null when there is no such column
     * @return rate name → outcome; a rate whose source column is missing is left out, and one
     *         whose source value is null maps to null (not counted)
     */
    public static Map<String, Boolean> of(Function<String, String> cell) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        String best = cell.apply("best_response");
        if (best != null) {
            out.put(CR, best.isEmpty() ? null : best.equals("CR"));
            out.put(ORR, best.isEmpty() ? null : best.equals("CR") || best.equals("PR"));
        }
        String relapse = cell.apply("relapse_day");
        // relapse_day is null exactly when there was no relapse
        if (relapse != null) out.put(RELAPSE, !relapse.isEmpty());
        atLeast(out, CRS3, cell.apply("crs_max_grade"), 3);
        atLeast(out, ICANS, cell.apply("icans_max_grade"), 1);
        return out;
    }

    private static void atLeast(Map<String, Boolean> out, String name, String grade, double min) {
        if (grade == null) return;
        out.put(name, grade.isEmpty() ? null : Double.parseDouble(grade) >= min);
    }
}
