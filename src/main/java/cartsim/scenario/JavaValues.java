package cartsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps plain Java values as YAML nodes so programmatic overrides go through the same
 * {@link ValueConverter} checks as files. Strings are parsed as YAML, like {@code --set} values;
 * {@link YamlNode}s (values of sweep and trial files) are taken as they are.
 */
final class JavaValues {
    private JavaValues() {}

    static YamlNode toNode(Object value, Location at) throws ScenarioException {
        if (value == null) return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, "");
        // a node read from a sweep or trial file is checked exactly as written, like in a scenario file
        if (value instanceof YamlNode node) return node;
        if (value instanceof String s) return YamlTreeReader.readValue(s, at);
        if (value instanceof Boolean b) return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.BOOL, b.toString());
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INT, value.toString());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            // NaN/Infinity become text so the converter reports them as "not a number"
            return new YamlNode.Scalar(at, Double.isFinite(d) ? YamlNode.Scalar.Kind.FLOAT : YamlNode.Scalar.Kind.TEXT,
                    Double.toString(d));
        }
        if (value instanceof List<?> list) {
            List<YamlNode> items = new ArrayList<>();
            for (Object o : list) items.add(toNode(o, at));
            return new YamlNode.Sequence(at, items);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                entries.put(k, new YamlNode.Entry(k, at, toNode(e.getValue(), at)));
            }
            return new YamlNode.Mapping(at, entries);
        }
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.TEXT, value.toString());
    }
}
