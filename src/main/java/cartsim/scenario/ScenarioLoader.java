package cartsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a scenario: reads the file and its {@code extends} chain, checks every key and value
 * against the schema, lays the files over each other (base first), applies {@code --set}
 * overrides, fills defaults and finally checks the cross-parameter rules.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    public static Scenario load(Path file, List<String> sets, Schema schema) throws ScenarioException {
        List<TreeBinder.BoundFile> chain = new ArrayList<>();
        readChain(file, schema, new ArrayList<>(), chain);
        Map<String, TreeBinder.Setting> merged = new LinkedHashMap<>();
        for (TreeBinder.BoundFile f : chain) merged.putAll(f.settings());

        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Location> origins = new LinkedHashMap<>();
        for (Param p : schema.params()) {
            TreeBinder.Setting s = merged.get(p.path());
            if (s == null) {
                values.put(p.path(), ValueConverter.canonicalDefault(p));
            } else {
                values.put(p.path(), s.value());
                origins.put(p.path(), s.at());
            }
        }
        // name and description describe this file, so they are not inherited from a base
        TreeBinder.BoundFile top = chain.get(chain.size() - 1);
        String name = top.name() != null ? top.name() : baseName(file);
        Scenario base = new Scenario(schema, values, name, file, top.description(), origins);
        try {
            return apply(base, SetOptions.parse(sets == null ? List.of() : sets, schema));
        } catch (ScenarioException e) {
            // a rule broken by a value of an extended file: name the user's file first
            if (top.extendsEntry() == null) throw e;
            throw IncludedFile.inside(e, top.extendsEntry().value().at(), "extends");
        }
    }

    /** every parameter at its default, name "defaults"; rules are not checked (defaults are the schema's job) */
    public static Scenario defaults(Schema schema) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : schema.params()) values.put(p.path(), ValueConverter.canonicalDefault(p));
        return new Scenario(schema, values, "defaults", null, null, Map.of());
    }

    /** built-in defaults with {@code --set} overrides applied, validated including rules */
    public static Scenario defaults(Schema schema, List<String> sets) throws ScenarioException {
        return apply(defaults(schema), SetOptions.parse(sets, schema));
    }

    /**
     * {@code --set} values laid over an already resolved scenario (a trial's, after its protocol
     * and {@code set:}), so the command line has the last word; the rules are checked again.
     */
    public static Scenario applySets(Scenario base, List<String> sets) throws ScenarioException {
        return apply(base, SetOptions.parse(sets, base.schema()));
    }

    /** the scenario with overrides converted, checked and applied, then the rules checked */
    static Scenario apply(Scenario base, List<SetValue> overrides) throws ScenarioException {
        Schema schema = base.schema();
        Map<String, Object> values = new LinkedHashMap<>(base.values());
        Map<String, Location> origins = new LinkedHashMap<>(base.origins());
        for (SetValue o : overrides) {
            values.put(o.path(), ValueConverter.convert(schema.find(o.path()), o.value(), o.path()));
            origins.put(o.path(), o.at());
        }
        Scenario result = new Scenario(schema, values, base.name(), base.source(), base.description(), origins);
        checkRules(result);
        return result;
    }

    private static void checkRules(Scenario s) throws ScenarioException {
        for (Rule rule : s.schema().rules()) {
            Optional<Rule.Violation> v = rule.check(s);
            if (v.isPresent()) {
                Rule.Violation violation = v.get();
                throw new ScenarioException(s.locationOf(violation.path()), violation.path(), violation.message(),
                        violation.allowed());
            }
        }
    }

    /** loads {@code file} and its bases into {@code out}, base first; {@code visiting} is the current chain */
    private static void readChain(Path file, Schema schema, List<Path> visiting, List<TreeBinder.BoundFile> out)
            throws ScenarioException {
        String label = file.toString();
        YamlNode.Mapping root = YamlTreeReader.readFile(readBytes(file, label), label);
        TreeBinder.BoundFile bound = TreeBinder.bind(root, schema);
        visiting.add(identity(file));
        YamlNode.Entry ext = bound.extendsEntry();
        if (ext != null) {
            String target = ((YamlNode.Scalar) ext.value()).text();
            Location at = ext.value().at();
            Path basePath = IncludedFile.resolve(file, target, at, "extends");
            int seen = visiting.indexOf(identity(basePath));
            if (seen >= 0) throw new ScenarioException(at, "extends", "cyclic extends: " + cycleText(visiting, seen));
            try {
                readChain(basePath, schema, visiting, out);
            } catch (ScenarioException e) {
                throw IncludedFile.inside(e, at, "extends");
            }
        }
        visiting.remove(visiting.size() - 1);
        out.add(bound);
    }

    private static String cycleText(List<Path> visiting, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < visiting.size(); i++) sb.append(visiting.get(i).getFileName()).append(" -> ");
        return sb.append(visiting.get(from).getFileName()).toString();
    }

    /** the same file reached by different relative paths must compare equal for cycle detection */
    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static byte[] readBytes(Path file, String label) throws ScenarioException {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(Location.startOf(label), "file", "is a directory, not a scenario file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(Location.startOf(label), "file", "file not found");
        } catch (IOException e) {
            throw new ScenarioException(Location.startOf(label), "file", "cannot read: " + e);
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        if (n.endsWith(".yaml")) return n.substring(0, n.length() - 5);
        if (n.endsWith(".yml")) return n.substring(0, n.length() - 4);
        return n;
    }
}
