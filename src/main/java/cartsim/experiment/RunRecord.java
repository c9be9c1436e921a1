package cartsim.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one sweep run as it is journaled: its coordinates and endpoint values reduced to
 * Double, Boolean, String or null. Doubles survive the JSON round trip exactly, so results built
 * from the journal after a resume equal those of an uninterrupted sweep bit for bit.
 */
public record RunRecord(int runId, int point, int replicate, long seed, Map<String, Object> endpoints) {
    public RunRecord {
        endpoints = Collections.unmodifiableMap(normalise(endpoints));
    }

    static Map<String, Object> normalise(Map<String, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : in.entrySet()) out.put(e.getKey(), value(e.getValue()));
        return out;
    }

    private static Object value(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String) return v;
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return v.toString();
    }
}
