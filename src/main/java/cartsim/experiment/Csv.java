package cartsim.experiment;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV: quote fields that need it, split lines written by {@link #line}. */
public final class Csv {
    private Csv() {}

    public static String field(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** one CSV line with a trailing newline */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(fields.get(i)));
        }
        return sb.append('\n').toString();
    }

    /** splits one line (no embedded newlines: cartsim never writes them) */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** a cell for a value of any endpoint: numbers 6 significant digits, booleans 1/0, null empty */
    public static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Boolean b) return b ? "1" : "0";
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Numbers.format(d) : "";
        }
        if (v instanceof List<?> l) {
            // list-valued parameters (product.targets) in the YAML flow form they are written in
            List<String> parts = new ArrayList<>();
            for (Object o : l) parts.add(String.valueOf(o));
            return "[" + String.join(",", parts) + "]";
        }
        return v.toString();
    }
}
