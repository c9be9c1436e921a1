package cartsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes parameter values as YAML flow text. Shared by the YAML writer, {@code describe} and the
 * parameter docs so a value looks the same everywhere and always reads back to the same value.
 */
final class ValueFormat {
    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_+\\-./]*");
    /** words YAML 1.1 readers turn into booleans or null */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private ValueFormat() {}

    /**
     * Shortest text that parses back to the identical double ({@link Double#toString}), with the
     * exponent written as e+N/e-N because YAML 1.1 readers (e.g. PyYAML) need the sign.
     */
    static String number(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) return s;
        String exp = s.substring(e + 1);
        return s.substring(0, e) + "e" + (exp.startsWith("-") ? exp : "+" + exp);
    }

    /** a word plain when YAML would read it back as the same text, otherwise double-quoted */
    static String text(String s) {
        if (PLAIN_SAFE.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) return s;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** any parameter value as one line of YAML flow text */
    static String flow(Object value) {
        if (value instanceof Double d) return number(d);
        if (value instanceof String s) return text(s);
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) parts.add(flow(o));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) parts.add(text(String.valueOf(e.getKey())) + ": " + flow(e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(value);
    }
}
