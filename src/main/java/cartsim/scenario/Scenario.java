package cartsim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fully resolved, validated scenario: every schema parameter has a value (from the file, its
 * {@code extends} chain, a {@code --set}, or the default). Immutable. Values are keyed by dotted
 * path; DOUBLE values are Double, INT Integer, BOOL Boolean, ENUM/STRING String, ENUM_LIST
 * List&lt;String&gt;, RECORD_LIST List&lt;Map&lt;String,Object&gt;&gt; (field key → value).
 */
public final class Scenario {
    private final Schema schema;
    private final Map<String, Object> values;
    private final String name;
    private final Path source;
    private final String description;
    /** where each explicitly set value was written; parameters at their default are absent */
    private final Map<String, Location> origins;

    public Scenario(Schema schema, Map<String, Object> values, String name, Path source) {
        this(schema, values, name, source, null, Map.of());
    }

    Scenario(Schema schema, Map<String, Object> values, String name, Path source, String description,
             Map<String, Location> origins) {
        this.schema = schema;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.name = name;
        this.source = source;
        this.description = description;
        this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }

    public Schema schema() { return schema; }
    public String name() { return name; }
    /** the file it was loaded from, or null for built-in defaults */
    public Path source() { return source; }
    public Map<String, Object> values() { return values; }
    /** the top file's {@code description}, or null */
    public String description() { return description; }
    /** where explicitly set values were written (file, --set or with); defaults are absent */
    public Map<String, Location> origins() { return origins; }

    /** where {@code path} was set, or line 1 of the top file (or "defaults") when it is a default */
    public Location locationOf(String path) {
        Location at = origins.get(path);
        if (at != null) return at;
        return Location.startOf(source == null ? "defaults" : source.toString());
    }

    /**
     * A validated copy with some values replaced (sweeps use this). Values are converted and
     * checked exactly like {@code --set} values: numbers, booleans, lists, or strings read as YAML
     * (except for free-text parameters, whose strings are taken literally).
     * Errors are located at {@code with:N:1}, N being the override's position in the map.
     */
    public Scenario with(Map<String, Object> overrides) throws ScenarioException {
        return ScenarioLoader.apply(this, SetOptions.fromValues(overrides, schema));
    }

    /** the fully resolved scenario as YAML; see {@link ScenarioWriter} */
    public String toYaml() {
        return ScenarioWriter.toYaml(this);
    }

    public Object get(String path) {
        if (!values.containsKey(path)) throw new IllegalArgumentException("no parameter " + path);
        return values.get(path);
    }

    public double d(String path) { return ((Number) get(path)).doubleValue(); }
    public int i(String path) { return ((Number) get(path)).intValue(); }
    public boolean b(String path) { return (Boolean) get(path); }
    public String s(String path) { return (String) get(path); }

    @SuppressWarnings("unchecked")
    public List<String> list(String path) { return (List<String>) get(path); }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> records(String path) { return (List<Map<String, Object>>) get(path); }
}
