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

    public Scenario(Schema schema, Map<String, Object> values, String name, Path source) {
        this.schema = schema;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.name = name;
        this.source = source;
    }

    public Schema schema() { return schema; }
    public String name() { return name; }
    /** the file it was loaded from, or null for built-in defaults */
    public Path source() { return source; }
    public Map<String, Object> values() { return values; }

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
