package cartsim.cli;

import cartsim.scenario.CartSchema;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves the scenario a command should use: the given file, else scenarios/default.yaml. */
public final class Scenarios {
    public static final Path DEFAULT = Path.of("scenarios", "default.yaml");

    /** scenarios/default.yaml in the working folder, else in the installation (CARTSIM_HOME) */
    public static Path defaultFile() {
        if (Files.exists(DEFAULT)) return DEFAULT;
        String home = System.getenv("CARTSIM_HOME");
        if (home != null) {
            Path p = Path.of(home).resolve(DEFAULT);
            if (Files.exists(p)) return p;
        }
        return null;
    }

    private Scenarios() {}

    public static Scenario load(Path file, List<String> sets) throws ScenarioException {
        if (file == null) file = defaultFile();
        if (file == null) return ScenarioLoader.defaults(CartSchema.get(), sets);
        if (!Files.exists(file)) throw new UserError(file + ": no such scenario file");
        return ScenarioLoader.load(file, sets, CartSchema.get());
    }

    /** applies --seed and --days so that the resolved scenario reruns exactly */
    public static Scenario withSeedAndDays(Scenario s, Long seed, Double days) throws ScenarioException {
        Map<String, Object> o = new LinkedHashMap<>();
        if (seed != null) {
            if (seed < 0 || seed > Integer.MAX_VALUE) throw new UserError("--seed: " + seed + " is out of range (allowed: 0 to " + Integer.MAX_VALUE + ")");
            o.put("simulation.seed", seed.intValue());
        }
        if (days != null) o.put("simulation.days", days);
        try {
            return o.isEmpty() ? s : s.with(o);
        } catch (ScenarioException e) {
            // name the option the user typed, not the internal override
            String option = e.key().equals("simulation.days") ? "--days" : e.key().equals("simulation.seed") ? "--seed" : e.key();
            throw new UserError(option + ": " + e.problem() + (e.allowed() == null ? "" : " (allowed: " + e.allowed() + ")"));
        }
    }
}
