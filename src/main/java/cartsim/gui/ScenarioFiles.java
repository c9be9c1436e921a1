package cartsim.gui;

import cartsim.scenario.CartSchema;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where the classroom finds its scenarios: the default one and the bundled presets. */
public final class ScenarioFiles {
    public static final Path DIR = Path.of("scenarios");
    /** presets listed first, in teaching order, when they exist */
    static final List<String> FEATURED = List.of("classroom.yaml", "default.yaml", "antigen-escape.yaml",
            "dual-target-cd19-cd22.yaml");

    private ScenarioFiles() {}

    /** scenarios/classroom.yaml if present, else scenarios/default.yaml, else null (built-in defaults) */
    public static Path defaultFile() {
        for (String n : List.of("classroom.yaml", "default.yaml")) {
            Path p = DIR.resolve(n);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** loads {@code file}, or the default scenario when it is null */
    public static Scenario load(Path file, List<String> sets) throws ScenarioException {
        Path f = file != null ? file : defaultFile();
        if (f == null) return ScenarioLoader.defaults(CartSchema.get(), sets);
        return ScenarioLoader.load(f, sets, CartSchema.get());
    }

    /** the *.yaml files in {@code dir}, featured presets first, then the rest by name */
    public static List<Path> presets(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        for (String n : FEATURED) if (Files.isRegularFile(dir.resolve(n))) out.add(dir.resolve(n));
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .filter(p -> !FEATURED.contains(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(out::add);
        } catch (IOException e) {
            return out; // an unreadable folder just offers the featured files found so far
        }
        return out;
    }
}
