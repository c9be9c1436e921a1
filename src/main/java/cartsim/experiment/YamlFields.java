package cartsim.experiment;

import cartsim.scenario.Location;
import cartsim.scenario.NumberText;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.Suggest;
import cartsim.scenario.Texts;
import cartsim.scenario.YamlNode;
import cartsim.scenario.YamlTreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed, located access to the YAML tree of sweep and trial files. Every problem becomes a
 * {@link ScenarioException}, so these files report errors exactly like scenario files:
 * {@code FILE:LINE:COL: key: problem (allowed: …)}.
 */
public final class YamlFields {
    private YamlFields() {}

    public static YamlNode.Mapping readFile(Path file) throws ScenarioException {
        String label = file.toString();
        try {
            if (Files.isDirectory(file)) throw new ScenarioException(Location.startOf(label), "file", "is a directory");
            return YamlTreeReader.readFile(Files.readAllBytes(file), label);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(Location.startOf(label), "file", "file not found");
        } catch (IOException e) {
            throw new ScenarioException(Location.startOf(label), "file", "cannot read: " + e.getMessage());
        }
    }

    /** refuses keys outside {@code allowed}, suggesting the closest */
    public static void onlyKeys(YamlNode.Mapping m, String prefix, List<String> allowed) throws ScenarioException {
        for (YamlNode.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new ScenarioException(e.keyAt(), prefix + e.key(),
                        "unknown key" + Suggest.hint(Suggest.close(e.key(), allowed)), String.join(", ", allowed));
            }
        }
    }

    public static YamlNode.Entry required(YamlNode.Mapping m, String prefix, String key, String allowed) throws ScenarioException {
        YamlNode.Entry e = m.entries().get(key);
        if (e == null) throw new ScenarioException(m.at(), prefix + key, "missing", allowed);
        return e;
    }

    public static YamlNode.Mapping mapping(YamlNode n, String key, String allowed) throws ScenarioException {
        if (n instanceof YamlNode.Mapping m) return m;
        throw new ScenarioException(n.at(), key, "expected a mapping, got " + n.kindName(), allowed);
    }

    public static String text(YamlNode n, String key) throws ScenarioException {
        if (n instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL && !s.text().isBlank()) return s.text();
        throw new ScenarioException(n.at(), key, "expected text, got " + n.kindName());
    }

    public static String word(YamlNode n, String key, List<String> allowed) throws ScenarioException {
        String w = text(n, key);
        if (allowed.contains(w)) return w;
        throw new ScenarioException(n.at(), key, "\"" + Texts.echo(w) + "\" is not allowed" + Suggest.hint(Suggest.close(w, allowed)),
                String.join(", ", allowed));
    }

    public static double number(YamlNode n, String key, double min, double max) throws ScenarioException {
        String allowed = rangeText(min, max);
        if (!(n instanceof YamlNode.Scalar s)
                || (s.kind() != YamlNode.Scalar.Kind.INT && s.kind() != YamlNode.Scalar.Kind.FLOAT)) {
            throw new ScenarioException(n.at(), key, "expected a number, got " + n.kindName(), allowed);
        }
        String zero = NumberText.leadingZero(s.text());
        if (zero != null) throw new ScenarioException(n.at(), key, zero, allowed);
        double v;
        try {
            v = Double.parseDouble(s.text());
        } catch (NumberFormatException e) {
            throw new ScenarioException(n.at(), key, "expected a plain number, got " + Texts.echo(s.text()), allowed);
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new ScenarioException(n.at(), key, Texts.echo(s.text()) + " is out of range", allowed);
        }
        return v;
    }

    public static long whole(YamlNode n, String key, long min, long max) throws ScenarioException {
        double v = number(n, key, min, max);
        if (v != Math.rint(v) || ((YamlNode.Scalar) n).text().contains(".")) {
            throw new ScenarioException(n.at(), key, "expected a whole number, got " + Texts.echo(((YamlNode.Scalar) n).text()),
                    rangeText(min, max));
        }
        return (long) v;
    }

    public static boolean bool(YamlNode n, String key) throws ScenarioException {
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOL
                && (s.text().equals("true") || s.text().equals("false"))) {
            return Boolean.parseBoolean(s.text());
        }
        throw new ScenarioException(n.at(), key, "expected true or false, got " + n.kindName(), "true, false");
    }

    public static List<YamlNode> list(YamlNode n, String key, int minSize) throws ScenarioException {
        if (!(n instanceof YamlNode.Sequence seq)) {
            throw new ScenarioException(n.at(), key, "expected a list, got " + n.kindName());
        }
        if (seq.items().size() < minSize) {
            throw new ScenarioException(n.at(), key, "needs at least " + minSize + " entr" + (minSize == 1 ? "y" : "ies"));
        }
        return seq.items();
    }

    public static String rangeText(double min, double max) {
        return "[" + Numbers.format(min) + ", " + (max == Double.MAX_VALUE || max == Long.MAX_VALUE ? "unbounded" : Numbers.format(max)) + "]";
    }

    /** a {@link ScenarioException} from {@code Scenario.with} moved to where the value was written */
    public static ScenarioException relocate(ScenarioException e, Location at, String key) {
        return new ScenarioException(at, key, e.problem(), e.allowed());
    }
}
