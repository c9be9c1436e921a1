package cartsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code --set path=value} strings and {@link Scenario#with} maps into {@link SetValue}s.
 * Values are read as YAML (a scalar or a flow list such as {@code [CD19,CD22]}) so the command
 * line accepts exactly what a file accepts.
 */
final class SetOptions {
    static final String SET_FILE = "--set";
    static final String WITH_FILE = "with";

    private SetOptions() {}

    /** @param sets raw {@code path=value} strings; the n-th (1-based) is reported as {@code --set:n:1} */
    static List<SetValue> parse(List<String> sets, Schema schema) throws ScenarioException {
        List<SetValue> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            Location at = new Location(SET_FILE, i + 1, 1);
            String raw = sets.get(i);
            int eq = raw.indexOf('=');
            if (eq < 0) {
                throw new ScenarioException(at, keyOrDefault(raw.trim()), "expected path=value, got \"" + raw + "\"");
            }
            String path = raw.substring(0, eq).trim();
            checkPath(path, schema, at);
            out.add(new SetValue(path, YamlTreeReader.readValue(raw.substring(eq + 1), at), at));
        }
        return out;
    }

    /** @param values path → Java value (Number, Boolean, List, Map; String read as YAML except for STRING parameters) */
    static List<SetValue> fromValues(Map<String, Object> values, Schema schema) throws ScenarioException {
        List<SetValue> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Location at = new Location(WITH_FILE, ++n, 1);
            checkPath(e.getKey(), schema, at);
            // free text is taken as given: reading "a: b" as YAML would turn a label into a mapping
            YamlNode node = schema.find(e.getKey()).type() == ParamType.STRING && e.getValue() instanceof String text
                    ? new YamlNode.Scalar(at, YamlNode.Scalar.Kind.TEXT, text)
                    : JavaValues.toNode(e.getValue(), at);
            out.add(new SetValue(e.getKey(), node, at));
        }
        return out;
    }

    private static void checkPath(String path, Schema schema, Location at) throws ScenarioException {
        if (schema.find(path) != null) return;
        if (!path.isEmpty() && schema.isSection(path)) {
            throw new ScenarioException(at, path, "is a section: set one of its parameters, e.g. "
                    + path + "." + schema.childKeys(path).get(0), String.join(", ", schema.childKeys(path)));
        }
        List<String> all = schema.params().stream().map(Param::path).toList();
        throw new ScenarioException(at, keyOrDefault(path), "unknown parameter"
                + Suggest.hint(Suggest.closest(path, all)));
    }

    /** error keys must be non-empty; an empty or odd path is reported under the option's name */
    private static String keyOrDefault(String path) {
        return path.matches("[\\w.\\-\\[\\]]+") ? path : SET_FILE;
    }
}
