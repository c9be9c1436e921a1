package cartsim.experiment;

import cartsim.scenario.CartSchema;
import cartsim.scenario.IncludedFile;
import cartsim.scenario.Location;
import cartsim.scenario.Param;
import cartsim.scenario.ParamType;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.ScenarioLoader;
import cartsim.scenario.Schema;
import cartsim.scenario.Suggest;
import cartsim.scenario.YamlNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and strictly checks a sweep file. Every varied value is checked through
 * {@link Scenario#with} against the schema, and errors point at the value in the sweep file.
 */
public final class SweepLoader {
    static final List<String> KEYS = List.of("name", "description", "base", "seed", "replicates", "design", "samples",
            "vary", "set", "days", "timeseries");
    static final List<String> RANGE_KEYS = List.of("from", "to", "points", "scale");
    static final List<String> DESIGNS = List.of("grid", "lhs");
    static final List<String> SCALES = List.of("linear", "log");
    /** limits checked here and declared in the sweep file's JSON Schema ({@link StudySchemas}) */
    static final int MAX_REPLICATES = 100_000, MAX_SAMPLES = 1_000_000, MAX_POINTS = 10_000;

    /** command-line options that change what a sweep runs; null means "as in the file" */
    public record Overrides(Integer replicates, Double days, List<String> sets, boolean timeseries) {
        public static Overrides none() {
            return new Overrides(null, null, List.of(), false);
        }
    }

    private SweepLoader() {}

    public static SweepSpec load(Path file, Overrides o) throws ScenarioException {
        Schema schema = CartSchema.get();
        YamlNode.Mapping root = YamlFields.readFile(file);
        YamlFields.onlyKeys(root, "", KEYS);
        Map<String, YamlNode.Entry> e = root.entries();

        String name = e.containsKey("name") ? YamlFields.text(e.get("name").value(), "name") : baseName(file);
        if (e.containsKey("description")) YamlFields.text(e.get("description").value(), "description");
        long seed = YamlFields.whole(YamlFields.required(root, "", "seed", "a whole number").value(), "seed", 0, Long.MAX_VALUE);
        int replicates = e.containsKey("replicates")
                ? (int) YamlFields.whole(e.get("replicates").value(), "replicates", 1, MAX_REPLICATES) : 1;
        SweepSpec.Design design = e.containsKey("design")
                ? SweepSpec.Design.valueOf(YamlFields.word(e.get("design").value(), "design", DESIGNS)
                .toUpperCase(java.util.Locale.ROOT)) : SweepSpec.Design.GRID;
        int samples = 0;
        if (design == SweepSpec.Design.LHS) {
            samples = (int) YamlFields.whole(YamlFields.required(root, "", "samples", "a whole number ≥ 2").value(),
                    "samples", 2, MAX_SAMPLES);
        } else if (e.containsKey("samples")) {
            throw new ScenarioException(e.get("samples").keyAt(), "samples", "only used by design: lhs");
        }
        // the file's value is checked even when --timeseries overrides it
        boolean fileTimeseries = e.containsKey("timeseries") && YamlFields.bool(e.get("timeseries").value(), "timeseries");
        boolean timeseries = o.timeseries() || fileTimeseries;
        if (o.replicates() != null) {
            if (o.replicates() < 1) throw new ScenarioException(new Location("--replicates", 1, 1), "replicates",
                    o.replicates() + " is out of range", "[1, 100000]");
            replicates = o.replicates();
        }

        Scenario base = loadBase(file, YamlFields.required(root, "", "base", "path of a scenario file"), o.sets(), schema);
        if (e.containsKey("set")) base = applySet(base, e.get("set"), o.sets(), schema);
        base = applyDays(base, e.get("days"), o.days());

        YamlNode.Entry vary = YamlFields.required(root, "", "vary", "parameter path: [values] or {from, to, points, scale}");
        YamlNode.Mapping varyMap = YamlFields.mapping(vary.value(), "vary", "parameter path: [values] or {from, to, points, scale}");
        if (varyMap.entries().isEmpty()) throw new ScenarioException(vary.value().at(), "vary", "names no parameter");
        List<SweepSpec.Axis> axes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (YamlNode.Entry v : varyMap.entries().values()) {
            SweepSpec.Axis a = schema.find(v.key()) == null && isLinked(v.value())
                    ? linked(v, base, schema, design) : axis(v, base, schema, design);
            for (String path : a.paths()) {
                checkNotOverridden(path, v, o.sets());
                if (seen.contains(path)) throw new ScenarioException(v.keyAt(), "vary." + v.key(), path + " is varied twice");
                seen.add(path);
            }
            axes.add(a);
        }
        return new SweepSpec(name, file, base, seed, replicates, design, samples, axes, timeseries);
    }

    private static Scenario loadBase(Path file, YamlNode.Entry entry, List<String> sets, Schema schema) throws ScenarioException {
        String target = YamlFields.text(entry.value(), "base");
        Path basePath = IncludedFile.resolve(file, target, entry.value().at(), "base");
        try {
            return ScenarioLoader.load(basePath, sets, schema);
        } catch (ScenarioException e) {
            throw IncludedFile.inside(e, entry.value().at(), "base");
        }
    }

    /** the sweep's fixed overrides; a --set of the same parameter wins over them */
    private static Scenario applySet(Scenario base, YamlNode.Entry set, List<String> cliSets, Schema schema)
            throws ScenarioException {
        YamlNode.Mapping m = YamlFields.mapping(set.value(), "set", "parameter path: value");
        List<String> cliPaths = cliPaths(cliSets);
        for (YamlNode.Entry s : m.entries().values()) {
            String key = "set." + s.key();
            Param p = checkPath(s, key, schema);
            // checked even when --set overrides it: a broken file must not pass because of a flag
            Scenario with = base;
            try {
                with = base.with(Map.of(p.path(), s.value()));
            } catch (ScenarioException ex) {
                throw YamlFields.relocate(ex, s.value().at(), key);
            }
            if (!cliPaths.contains(p.path())) base = with;
        }
        return base;
    }

    /**
     * The follow-up of a sweep or trial file ({@code days:}), then {@code --days}. The file's value
     * is checked against the schema's simulation.days even when --days overrides it.
     */
    static Scenario applyDays(Scenario base, YamlNode.Entry days, Double cliDays) throws ScenarioException {
        Scenario out = base;
        if (days != null) {
            try {
                out = base.with(Map.of("simulation.days", days.value()));
            } catch (ScenarioException ex) {
                throw YamlFields.relocate(ex, days.value().at(), "days");
            }
        }
        if (cliDays == null) return out;
        try {
            return base.with(Map.of("simulation.days", cliDays));
        } catch (ScenarioException ex) {
            throw YamlFields.relocate(ex, new Location("--days", 1, 1), "days");
        }
    }

    private static void checkNotOverridden(String path, YamlNode.Entry v, List<String> cliSets) throws ScenarioException {
        int i = cliPaths(cliSets).indexOf(path);
        if (i >= 0) {
            throw new ScenarioException(new Location("--set", i + 1, 1), path,
                    "is varied by the sweep (line " + v.keyAt().line() + "): remove it from vary: or from --set");
        }
    }

    private static List<String> cliPaths(List<String> sets) {
        List<String> out = new ArrayList<>();
        for (String s : sets) out.add(s.indexOf('=') < 0 ? s.trim() : s.substring(0, s.indexOf('=')).trim());
        return out;
    }

    private static Param checkPath(YamlNode.Entry e, String key, Schema schema) throws ScenarioException {
        Param p = schema.find(e.key());
        if (p != null) return p;
        List<String> all = schema.params().stream().map(Param::path).toList();
        throw new ScenarioException(e.keyAt(), key, "unknown parameter" + Suggest.hint(Suggest.close(e.key(), all)),
                "a parameter path such as product.dose_cells_per_kg (see docs/parameters.md)");
    }

    private static SweepSpec.Axis axis(YamlNode.Entry v, Scenario base, Schema schema, SweepSpec.Design design)
            throws ScenarioException {
        String key = "vary." + v.key();
        Param p = checkPath(v, key, schema);
        YamlNode node = v.value();
        if (node instanceof YamlNode.Sequence) {
            if (design == SweepSpec.Design.LHS) {
                throw new ScenarioException(node.at(), key, "lhs designs sample ranges, not lists", "{from, to, scale}");
            }
            List<Map<String, Object>> values = new ArrayList<>();
            for (YamlNode item : YamlFields.list(node, key, 1)) {
                Map<String, Object> value = Map.of(p.path(), check(base, p, item, item.at(), key));
                if (values.contains(value)) throw new ScenarioException(item.at(), key, "value listed twice");
                values.add(value);
            }
            return new SweepSpec.Axis(List.of(p.path()), List.copyOf(values), null, null, 0, null, v.keyAt());
        }
        if (!(node instanceof YamlNode.Mapping range)) {
            throw new ScenarioException(node.at(), key, "expected a list of values or a range, got " + node.kindName(),
                    "[v1, v2, …] or {from, to, points, scale: linear|log}");
        }
        return range(v, range, key, p, base, design);
    }

    private static SweepSpec.Axis range(YamlNode.Entry v, YamlNode.Mapping range, String key, Param p, Scenario base,
                                        SweepSpec.Design design) throws ScenarioException {
        YamlFields.onlyKeys(range, key + ".", RANGE_KEYS);
        if (p.type() != ParamType.DOUBLE && p.type() != ParamType.INT) {
            throw new ScenarioException(range.at(), key, "a range needs a numeric parameter; list the values instead",
                    p.allowedText());
        }
        Map<String, YamlNode.Entry> r = range.entries();
        YamlNode fromNode = YamlFields.required(range, key + ".", "from", p.allowedText()).value();
        YamlNode toNode = YamlFields.required(range, key + ".", "to", p.allowedText()).value();
        double from = YamlFields.number(fromNode, key + ".from", -Double.MAX_VALUE, Double.MAX_VALUE);
        double to = YamlFields.number(toNode, key + ".to", -Double.MAX_VALUE, Double.MAX_VALUE);
        check(base, p, from, fromNode.at(), key + ".from");
        check(base, p, to, toNode.at(), key + ".to");
        if (!(to > from)) throw new ScenarioException(toNode.at(), key + ".to", "must be greater than from (" + Numbers.format(from) + ")");
        SweepSpec.Scale scale = SweepSpec.Scale.LINEAR;
        if (r.containsKey("scale")) {
            scale = SweepSpec.Scale.valueOf(YamlFields.word(r.get("scale").value(), key + ".scale", SCALES)
                    .toUpperCase(java.util.Locale.ROOT));
        }
        if (scale == SweepSpec.Scale.LOG && from <= 0) {
            throw new ScenarioException(fromNode.at(), key + ".from", "a log range needs from > 0", "> 0");
        }
        if (design == SweepSpec.Design.LHS) {
            if (r.containsKey("points")) {
                throw new ScenarioException(r.get("points").keyAt(), key + ".points", "not used by lhs designs (samples: sets the count)");
            }
            return new SweepSpec.Axis(List.of(p.path()), List.of(), from, to, 0, scale, v.keyAt());
        }
        YamlNode pointsNode = YamlFields.required(range, key + ".", "points", "a whole number ≥ 2").value();
        int points = (int) YamlFields.whole(pointsNode, key + ".points", 2, MAX_POINTS);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double f = (double) i / (points - 1);
            Object canonical = check(base, p, SweepDesign.at(from, to, f, scale, p), v.value().at(), key);
            if (values.contains(Map.of(p.path(), canonical))) {
                throw new ScenarioException(pointsNode.at(), key + ".points", "too many points for this whole-number range ("
                        + Csv.cell(canonical) + " repeats)");
            }
            values.add(Map.of(p.path(), canonical));
        }
        return new SweepSpec.Axis(List.of(p.path()), List.copyOf(values), from, to, points, scale, v.keyAt());
    }

    /** a list of mappings under a key that is not a parameter: parameters varied together */
    private static boolean isLinked(YamlNode n) {
        return n instanceof YamlNode.Sequence seq && !seq.items().isEmpty()
                && seq.items().stream().allMatch(i -> i instanceof YamlNode.Mapping);
    }

    /**
     * A linked axis: {@code label: [{path: v, path2: w}, …]}. Every entry must set the same
     * parameters; each entry is checked as a whole, so combinations the rules forbid (a second
     * target without OR/AND logic) never appear.
     */
    private static SweepSpec.Axis linked(YamlNode.Entry v, Scenario base, Schema schema, SweepSpec.Design design)
            throws ScenarioException {
        String key = "vary." + v.key();
        if (design == SweepSpec.Design.LHS) {
            throw new ScenarioException(v.value().at(), key, "lhs designs sample ranges, not linked lists", "{from, to, scale}");
        }
        List<String> paths = null;
        List<Map<String, Object>> values = new ArrayList<>();
        for (YamlNode item : ((YamlNode.Sequence) v.value()).items()) {
            YamlNode.Mapping m = (YamlNode.Mapping) item;
            Map<String, Object> raw = new LinkedHashMap<>();
            for (YamlNode.Entry e : m.entries().values()) {
                checkPath(e, key + "." + e.key(), schema);
                raw.put(e.key(), e.value());
            }
            if (raw.isEmpty()) throw new ScenarioException(m.at(), key, "an entry sets no parameter", "{path: value, …}");
            if (paths == null) paths = List.copyOf(raw.keySet());
            else if (!paths.equals(List.copyOf(raw.keySet()))) {
                throw new ScenarioException(m.at(), key, "every entry must set the same parameters, in the same order",
                        String.join(", ", paths));
            }
            Scenario s;
            try {
                s = base.with(raw);
            } catch (ScenarioException ex) {
                throw YamlFields.relocate(ex, m.at(), key + "." + ex.key());
            }
            Map<String, Object> canonical = new LinkedHashMap<>();
            for (String path : paths) canonical.put(path, s.get(path));
            if (values.contains(canonical)) throw new ScenarioException(m.at(), key, "entry listed twice");
            values.add(java.util.Collections.unmodifiableMap(canonical));
        }
        return new SweepSpec.Axis(paths, List.copyOf(values), null, null, 0, null, v.keyAt());
    }

    /** the value as the scenario stores it, or the scenario's complaint located in the sweep file */
    static Object check(Scenario base, Param p, Object value, Location at, String key) throws ScenarioException {
        try {
            return base.with(Map.of(p.path(), value)).get(p.path());
        } catch (ScenarioException ex) {
            throw YamlFields.relocate(ex, at, key);
        }
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.replaceFirst("\\.ya?ml$", "");
    }

    /** path → value overrides of one point, for messages */
    static String describe(Map<String, Object> point) {
        Map<String, String> out = new LinkedHashMap<>();
        point.forEach((k, v) -> out.put(k, Csv.cell(v)));
        return out.toString();
    }
}
