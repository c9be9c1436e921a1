package cartsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded mutations of the bundled scenario, sweep and trial files, like a fuzz campaign: lines
 * deleted or duplicated, values replaced by edge cases (.nan, -.inf, ~, [], [~], [{}], NUL, ESC,
 * leading zeros, quoted numbers, huge numbers, foreign files), YAML features injected (tags,
 * anchors, aliases, documents, flow mappings, dotted keys) and bytes flipped. Every mutant must
 * end in exit 0, or exit 2 with exactly one line on stderr, never exit 1 or a Java exception name.
 * Sweeps and trials are checked with --check, so accepted mutants cost no simulation.
 */
class InputFuzzTest {
    static final long SEED = 20261201L;
    static final int MUTANTS = 400;
    static final String[] EDGE_VALUES = {".nan", "-.inf", ".inf", "~", "null", "", "[]", "{}", "[~]", "[{}]", "[[]]", "{a: 1}",
            "\"\\0\"", "\"x\\0y.yaml\"", "\"\\e[31mred\"", "!!int 4-1BB", "!!python/object:os.system x.yaml", "!!str 5", "!!float 1",
            "0180", "017", "-0", "00.5", "\"50\"", "'1e5'", "1e309", "-1e309", "1e-400", "-1", "0", "2147483648", "9223372036854775808",
            "0x1F", "1_000", "yes", "on", "True", "/etc/passwd", "../../../../etc/hostname", "&a 5", "*a", "x".repeat(5000),
            "[CD19, ~]", "[CD19, CD19]", "{from: 1, to: .nan, points: 3}", "{from: 5, to: 1, points: 2}", "{from: 1, to: 2, points: 1}",
            "{dist: categorical, values: []}", "{dist: categorical, values: [~]}", "{dist: lognormal, median: .nan, cv: 1}",
            "{dist: normal, mean: 1, sd: -1}", "2.5", "1.0", "1e6", "[oops]", "\"\"", "'  '"};

    record Outcome(int code, String err) {}

    static Outcome cli(String... args) {
        java.io.PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            return new Outcome(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** one mutation of the file's text; each kind is chosen with equal chance */
    static String mutate(String text, Random rnd) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int i = rnd.nextInt(lines.size());
        String line = lines.get(i);
        switch (rnd.nextInt(9)) {
            case 0 -> lines.remove(i);
            case 1, 2, 3 -> {
                // a value replaced by an edge case
                int colon = line.indexOf(": ");
                String edge = EDGE_VALUES[rnd.nextInt(EDGE_VALUES.length)];
                if (colon > 0) lines.set(i, line.substring(0, colon + 2) + edge);
                else lines.set(i, line + " " + edge);
            }
            case 4 -> {
                // an entry inside a flow mapping or list replaced
                int brace = Math.max(line.indexOf('{'), line.indexOf('['));
                String edge = EDGE_VALUES[rnd.nextInt(EDGE_VALUES.length)];
                lines.set(i, brace > 0 ? line.substring(0, brace + 1) + edge + ", " + line.substring(brace + 1) : line + edge);
            }
            case 5 -> lines.add(i, line); // a key written twice
            case 6 -> {
                // YAML features: documents, anchors, tags, dotted duplicates
                String[] inject = {"---", "x: &a 1", "simulation.days: 3000", "simulation:\n  days: 5", "!!map", "? complex\n: key",
                        "set: {simulation.days: 5, simulation.days: 6}", "vary: {}", "vary: {product.costim: []}",
                        "vary: {construct: [{}]}", "set: {product.costim: ~}", "extends: /etc/passwd", "extends: \"a\\0b\"",
                        "base: \"\\0\"", "scenario: \"\\0\"", "timeseries: [oops]", "days: [oops]", "days: 1e309", "days: ~",
                        "%YAML 1.1", "\t- tab", "<<: {a: 1}"};
                lines.add(rnd.nextInt(lines.size() + 1), inject[rnd.nextInt(inject.length)]);
            }
            case 7 -> {
                // one character flipped
                if (!line.isEmpty()) {
                    int c = rnd.nextInt(line.length());
                    char[] chars = line.toCharArray();
                    chars[c] = (char) (chars[c] ^ (1 << rnd.nextInt(7)));
                    lines.set(i, new String(chars));
                }
            }
            default -> {
                // indentation broken
                lines.set(i, (rnd.nextBoolean() ? "   " : "") + line.stripLeading());
            }
        }
        return String.join("\n", lines) + (rnd.nextInt(5) == 0 ? "" : "\n");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    @Test
    void noMutantOfABundledFileEndsInAnInternalError(@TempDir Path dir) throws IOException {
        for (String folder : List.of("scenarios", "sweeps", "trials")) copyTree(Path.of(folder), dir.resolve(folder));
        List<Path> originals = new ArrayList<>();
        for (String folder : List.of("scenarios", "sweeps", "trials")) {
            try (Stream<Path> s = Files.list(dir.resolve(folder))) {
                originals.addAll(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
            }
        }
        Random rnd = new Random(SEED);
        int rejected = 0;
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < MUTANTS && failures.size() < 5; m++) {
            Path original = originals.get(rnd.nextInt(originals.size()));
            String text = Files.readString(original, StandardCharsets.UTF_8);
            int rounds = 1 + rnd.nextInt(3);
            for (int r = 0; r < rounds; r++) text = mutate(text, rnd);
            String folder = original.getParent().getFileName().toString();
            // next to the originals, so relative base:/scenario:/extends: paths resolve
            Path mutant = original.resolveSibling("mutant-" + m + ".yaml");
            Files.writeString(mutant, text, StandardCharsets.UTF_8);
            Outcome o = switch (folder) {
                case "sweeps" -> cli("sweep", mutant.toString(), "--check");
                case "trials" -> cli("trial", mutant.toString(), "--check");
                default -> cli("validate", mutant.toString());
            };
            String problem = null;
            if (o.code() != 0 && o.code() != 2) problem = "exit " + o.code();
            else if (o.code() == 2 && o.err().lines().count() != 1) problem = "not one line";
            else if (o.err().matches("(?s).*(Exception|Error:|\\tat |java\\.).*")) problem = "Java exception name";
            else if (o.err().chars().anyMatch(c -> c < 0x20 && c != '\n')) problem = "raw control character";
            else if (o.err().length() > 1200) problem = "over-long line";
            if (problem != null) failures.add(problem + " for mutant " + m + " of " + original.getFileName() + ":\n" + text
                    + "\n--- stderr:\n" + o.err());
            if (o.code() == 2) rejected++;
            Files.delete(mutant);
        }
        System.out.println("InputFuzzTest: " + MUTANTS + " mutants, " + rejected + " rejected with one line, "
                + (MUTANTS - rejected) + " accepted");
        if (!failures.isEmpty()) fail(String.join("\n=====\n", failures));
        // the campaign must exercise the error paths, not only accepted files
        assertTrue(rejected > MUTANTS / 4, "only " + rejected + " of " + MUTANTS + " mutants were rejected");
    }
}
