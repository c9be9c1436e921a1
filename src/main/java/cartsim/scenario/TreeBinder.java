package cartsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one file's tree against the schema and flattens it to parameter path → value. Because
 * every parameter is a leaf (sections are only mappings), "deep merge" of an {@code extends} chain
 * is then simply laying these flat maps over each other in order.
 */
final class TreeBinder {
    /** keys allowed at the top of any file besides the schema's sections */
    static final List<String> META_KEYS = List.of("name", "description", "extends");

    /** a value set in a file, and where */
    record Setting(Object value, Location at) {}

    /** one file after binding: its parameter settings and its meta keys (null when absent) */
    record BoundFile(Map<String, Setting> settings, String name, String description, YamlNode.Entry extendsEntry) {}

    private final Schema schema;
    private final Map<String, Setting> settings = new LinkedHashMap<>();

    private TreeBinder(Schema schema) {
        this.schema = schema;
    }

    static BoundFile bind(YamlNode.Mapping root, Schema schema) throws ScenarioException {
        TreeBinder binder = new TreeBinder(schema);
        String name = null;
        String description = null;
        YamlNode.Entry extendsEntry = null;
        for (YamlNode.Entry e : root.entries().values()) {
            switch (e.key()) {
                case "name" -> name = metaText(e);
                case "description" -> description = metaText(e);
                case "extends" -> {
                    metaText(e);
                    extendsEntry = e;
                }
                default -> binder.walk("", e);
            }
        }
        return new BoundFile(binder.settings, name, description, extendsEntry);
    }

    private static String metaText(YamlNode.Entry e) throws ScenarioException {
        if (e.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) return s.text();
        throw new ScenarioException(e.value().at(), e.key(), "expected text, got " + e.value().kindName());
    }

    private void walk(String parent, YamlNode.Entry e) throws ScenarioException {
        String path = parent.isEmpty() ? e.key() : parent + "." + e.key();
        Param p = schema.find(path);
        if (p != null) {
            Setting first = settings.get(path);
            if (first != null) {
                // "simulation:\n  days: 5" and "simulation.days: 3000" in one file: neither may silently win
                throw new ScenarioException(e.keyAt(), path, "set twice in this file (first at line " + first.at().line()
                        + "): keep one");
            }
            settings.put(path, new Setting(ValueConverter.convert(p, e.value(), path), e.keyAt()));
            return;
        }
        if (!schema.isSection(path)) throw unknownKey(parent, path, e);
        YamlNode v = e.value();
        // "section:" with everything below commented out is an empty section, not an error
        if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) return;
        if (!(v instanceof YamlNode.Mapping m)) {
            throw new ScenarioException(v.at(), path, "is a section: expected a mapping of its parameters, got "
                    + v.kindName(), String.join(", ", schema.childKeys(path)));
        }
        for (YamlNode.Entry child : m.entries().values()) walk(path, child);
    }

    private ScenarioException unknownKey(String parent, String path, YamlNode.Entry e) {
        List<String> allowed = new ArrayList<>(schema.childKeys(parent));
        if (parent.isEmpty()) allowed.addAll(META_KEYS);
        return new ScenarioException(e.keyAt(), path, "unknown key" + Suggest.hint(Suggest.close(e.key(), allowed)),
                String.join(", ", allowed));
    }
}
