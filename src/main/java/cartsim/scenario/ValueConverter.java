package cartsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts one YAML node to the Java value of a parameter (Double, Integer, Boolean, String,
 * List&lt;String&gt;, List&lt;Map&gt;) and checks type, range and allowed words. The same code
 * serves files, {@code --set} and {@link Scenario#with}, so all three accept exactly the same.
 */
final class ValueConverter {
    /** plain decimal or scientific notation; YAML extras (hex, octal, 1_000, .inf) are refused */
    private static final Pattern REAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private ValueConverter() {}

    /** @param key full path used in errors (for record fields: {@code list[2].field}) */
    static Object convert(Param p, YamlNode node, String key) throws ScenarioException {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            throw new ScenarioException(node.at(), key, "no value given", p.allowedText());
        }
        return switch (p.type()) {
            case DOUBLE -> real(p, node, key);
            case INT -> whole(p, node, key);
            case BOOL -> bool(p, node, key);
            case ENUM -> word(p, scalar(p, node, key, "one word"), key);
            case STRING -> scalar(p, node, key, "text").text();
            case ENUM_LIST -> words(p, node, key);
            case RECORD_LIST -> records(p, node, key);
        };
    }

    /** a parameter's default in its canonical Java type (schemas may write 5 for 5.0) */
    static Object canonicalDefault(Param p) {
        Object v = p.defaultValue();
        if (p.type() == ParamType.DOUBLE && v instanceof Number n) return n.doubleValue();
        if (p.type() == ParamType.INT && v instanceof Number n) return n.intValue();
        if (p.type() == ParamType.RECORD_LIST && v instanceof List<?> list) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : list) {
                Map<String, Object> rec = new LinkedHashMap<>();
                Map<?, ?> given = (Map<?, ?>) o;
                for (Param f : p.fields()) {
                    Object fv = given.containsKey(f.key()) ? given.get(f.key()) : f.defaultValue();
                    rec.put(f.key(), canonicalDefault(withDefault(f, fv)));
                }
                out.add(Collections.unmodifiableMap(rec));
            }
            return List.copyOf(out);
        }
        if (v instanceof List<?> list) return List.copyOf(list);
        return v;
    }

    private static Param withDefault(Param f, Object v) {
        return new Param(f.path(), f.type(), v, f.min(), f.max(), f.allowed(), f.unit(), f.source(),
                f.description(), f.fields());
    }

    private static YamlNode.Scalar scalar(Param p, YamlNode node, String key, String what) throws ScenarioException {
        if (node instanceof YamlNode.Scalar s) return s;
        throw new ScenarioException(node.at(), key, "expected " + what + ", got " + node.kindName(), p.allowedText());
    }

    private static Double real(Param p, YamlNode node, String key) throws ScenarioException {
        YamlNode.Scalar s = scalar(p, node, key, "a number");
        if (!isNumber(s)) throw notANumber(p, s, key, "a number");
        double v = Double.parseDouble(s.text());
        if (!Double.isFinite(v)) {
            throw new ScenarioException(s.at(), key, Texts.echo(s.text()) + " is too large", p.allowedText());
        }
        checkRange(p, v, s, key);
        return v;
    }

    private static Integer whole(Param p, YamlNode node, String key) throws ScenarioException {
        YamlNode.Scalar s = scalar(p, node, key, "a whole number");
        if (!isNumber(s)) throw notANumber(p, s, key, "a whole number");
        String t = s.text();
        double v = Double.parseDouble(t);
        // 1e6 is a whole number written in scientific style; 2.5 and 2.0 show a fractional intent
        if (!(WHOLE.matcher(t).matches() || (t.indexOf('.') < 0 && v == Math.rint(v)))) {
            throw new ScenarioException(s.at(), key, "expected a whole number, got " + Texts.echo(t), p.allowedText());
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ScenarioException(s.at(), key, Texts.echo(t) + " is out of range", p.allowedText());
        }
        checkRange(p, v, s, key);
        return (int) v;
    }

    private static ScenarioException notANumber(Param p, YamlNode.Scalar s, String key, String what) {
        String zero = s.kind() == YamlNode.Scalar.Kind.NULL || s.kind() == YamlNode.Scalar.Kind.BOOL ? null
                : NumberText.leadingZero(s.text());
        if (zero != null) return new ScenarioException(s.at(), key, zero, p.allowedText());
        return notANumberAsWritten(p, s, key, what);
    }

    private static boolean isNumber(YamlNode.Scalar s) {
        if (NumberText.leadingZero(s.text()) != null) return false;
        boolean numeric = s.kind() == YamlNode.Scalar.Kind.INT || s.kind() == YamlNode.Scalar.Kind.FLOAT;
        return numeric && REAL.matcher(s.text()).matches();
    }

    private static ScenarioException notANumberAsWritten(Param p, YamlNode.Scalar s, String key, String what) {
        String hint = s.kind() == YamlNode.Scalar.Kind.TEXT && REAL.matcher(s.text().trim()).matches()
                ? " (quoted: remove the quotes)" : "";
        return new ScenarioException(s.at(), key, "expected " + what + ", got " + s.kindName() + hint, p.allowedText());
    }

    private static void checkRange(Param p, double v, YamlNode.Scalar s, String key) throws ScenarioException {
        boolean low = !Double.isNaN(p.min()) && v < p.min();
        boolean high = !Double.isNaN(p.max()) && v > p.max();
        if (low || high) {
            throw new ScenarioException(s.at(), key, Texts.echo(s.text()) + " is out of range", p.allowedText());
        }
    }

    private static Boolean bool(Param p, YamlNode node, String key) throws ScenarioException {
        YamlNode.Scalar s = scalar(p, node, key, "true or false");
        // YAML 1.1 also reads yes/no/on/off/True as booleans; scenarios accept only the two words
        if (s.kind() == YamlNode.Scalar.Kind.BOOL && (s.text().equals("true") || s.text().equals("false"))) {
            return Boolean.valueOf(s.text());
        }
        throw new ScenarioException(s.at(), key, "expected true or false, got " + s.kindName(), p.allowedText());
    }

    private static String word(Param p, YamlNode.Scalar s, String key) throws ScenarioException {
        String w = s.text();
        if (p.allowed().contains(w)) return w;
        throw new ScenarioException(s.at(), key, "\"" + Texts.echo(w) + "\" is not allowed" + Suggest.hint(Suggest.close(w, p.allowed())),
                p.allowedText());
    }

    private static List<String> words(Param p, YamlNode node, String key) throws ScenarioException {
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new ScenarioException(node.at(), key, "expected a list like [" + String.join(", ", p.allowed())
                    + "], got " + node.kindName(), p.allowedText());
        }
        Set<String> out = new LinkedHashSet<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
                throw new ScenarioException(item.at(), key, "list entries must be words, got " + item.kindName(),
                        p.allowedText());
            }
            String w = word(p, s, key);
            if (!out.add(w)) {
                throw new ScenarioException(item.at(), key, "\"" + Texts.echo(w) + "\" is listed twice", p.allowedText());
            }
        }
        return List.copyOf(out);
    }

    private static List<Map<String, Object>> records(Param p, YamlNode node, String key) throws ScenarioException {
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new ScenarioException(node.at(), key, "expected a list of entries (use [] for none), got "
                    + node.kindName(), p.allowedText());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(Collections.unmodifiableMap(record(p, seq.items().get(i), key + "[" + i + "]")));
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> record(Param p, YamlNode node, String key) throws ScenarioException {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ScenarioException(node.at(), key, "each entry must be a mapping, got " + node.kindName(),
                    p.allowedText());
        }
        List<String> fieldKeys = p.fields().stream().map(Param::key).toList();
        for (YamlNode.Entry e : m.entries().values()) {
            if (!fieldKeys.contains(e.key())) {
                throw new ScenarioException(e.keyAt(), key + "." + e.key(),
                        "unknown field" + Suggest.hint(Suggest.close(e.key(), fieldKeys)), String.join(", ", fieldKeys));
            }
        }
        Map<String, Object> rec = new LinkedHashMap<>();
        for (Param f : p.fields()) {
            YamlNode.Entry e = m.entries().get(f.key());
            rec.put(f.key(), e == null ? canonicalDefault(f) : convert(f, e.value(), key + "." + f.key()));
        }
        return rec;
    }
}
