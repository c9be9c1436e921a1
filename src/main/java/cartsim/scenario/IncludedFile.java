package cartsim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file named inside another file ({@code extends:} of a scenario, {@code base:} of a sweep,
 * {@code scenario:} of a trial): resolved against the naming file's folder and checked, and
 * errors found in it reported with the naming file first, so the user sees the line they wrote.
 */
public final class IncludedFile {
    private IncludedFile() {}

    /**
     * @param including the file that names the other one
     * @param target    the path as written
     * @param at        where it was written
     * @return the named file, relative like {@code including}
     */
    public static Path resolve(Path including, String target, Location at, String key) throws ScenarioException {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new ScenarioException(at, key, "a path cannot contain control characters: \"" + Texts.echo(target) + "\"");
            }
        }
        try {
            Path parent = including.toAbsolutePath().getParent();
            Path named = including.getParent() == null ? Path.of(target) : including.getParent().resolve(target);
            if (!Files.isRegularFile(parent.resolve(target))) {
                throw new ScenarioException(at, key, "file not found: " + Texts.echo(named.normalize().toString()));
            }
            return named.normalize();
        } catch (InvalidPathException e) {
            throw new ScenarioException(at, key, "not a valid path: \"" + Texts.echo(target) + "\"");
        }
    }

    /**
     * An error inside the named file as an error of the naming one:
     * {@code sweep.yaml:3:7: base: scenarios/x.yaml:4:3: key: problem}. Errors of {@code --set}
     * values are left as they are: they are not in the named file.
     */
    public static ScenarioException inside(ScenarioException e, Location at, String key) {
        if (e.file().startsWith("--") || e.file().equals(at.file())) return e;
        return new ScenarioException(at, key, e.getMessage());
    }
}
