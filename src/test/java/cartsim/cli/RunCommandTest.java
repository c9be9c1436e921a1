package cartsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run command end to end: bundled scenarios, reruns, overrides, and bad input. */
class RunCommandTest {
    private StringWriter out = new StringWriter(), err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    static final List<String> DETERMINISTIC = List.of("timeseries.csv", "summary.json", "events.csv", "scenario.yaml");

    static Stream<Path> bundled() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyBundledScenarioValidatesAndRunsThreeDays(Path scenario, @TempDir Path dir) throws Exception {
        assertEquals(0, run("validate", scenario.toString()), err.toString());
        Path o = dir.resolve("r");
        assertEquals(0, run("run", scenario.toString(), "--days", "3", "--out", o.toString(), "--quiet"), err.toString());
        for (String f : List.of("timeseries.csv", "summary.json", "events.csv", "scenario.yaml", "manifest.json"))
            assertTrue(Files.exists(o.resolve(f)), f);
        List<String> ts = Files.readAllLines(o.resolve("timeseries.csv"));
        assertTrue(ts.get(0).startsWith("day,tumor_cells,tumor_antigen_positive,tumor_antigen_low,tumor_antigen_negative,"), ts.get(0));
        assertTrue(ts.size() > 3);
    }

    @Test
    void resolvedScenarioRerunsByteIdentically(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, run("run", "scenarios/classroom.yaml", "--days", "6", "--seed", "17",
                "--set", "product.dose_cells_per_kg=2e6", "--out", a.toString(), "--quiet"), err.toString());
        String resolved = Files.readString(a.resolve("scenario.yaml"));
        assertTrue(resolved.contains("dose_cells_per_kg: 2000000.0"), "the --set value is in the resolved scenario");
        assertTrue(resolved.contains("seed: 17"), "the seed is in the resolved scenario");
        assertFalse(resolved.contains("extends"), "resolved: no extends");
        assertEquals(0, run("run", a.resolve("scenario.yaml").toString(), "--out", b.toString(), "--quiet"), err.toString());
        for (String f : DETERMINISTIC)
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f + " differs on rerun");
    }

    @Test
    void seedsChangeResultsAndSetChangesParameters(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b"), c = dir.resolve("c");
        run("run", "scenarios/classroom.yaml", "--days", "4", "--seed", "1", "--out", a.toString(), "--quiet");
        run("run", "scenarios/classroom.yaml", "--days", "4", "--seed", "2", "--out", b.toString(), "--quiet");
        run("run", "scenarios/classroom.yaml", "--days", "4", "--seed", "1", "--set", "product.costim=CD28", "--out", c.toString(), "--quiet");
        String ta = Files.readString(a.resolve("timeseries.csv"));
        assertNotEquals(ta, Files.readString(b.resolve("timeseries.csv")), "different seeds differ");
        assertNotEquals(ta, Files.readString(c.resolve("timeseries.csv")), "--set changes the run");
        assertTrue(Files.readString(c.resolve("scenario.yaml")).contains("costim: CD28"));
        assertTrue(Files.readString(a.resolve("summary.json")).contains("\"seed\" : 1"));
    }

    static Stream<Path> malformed() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/malformed"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void badScenarioGivesOneLineExit2AndNoFolder(Path file, @TempDir Path dir) {
        Path o = dir.resolve("out");
        assertEquals(2, run("run", file.toString(), "--out", o.toString()));
        String e = err.toString().strip();
        assertEquals(1, e.lines().count(), "one line: " + e);
        assertTrue(e.matches("^[^:]+:\\d+:\\d+: \\S+: .+"), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        assertFalse(Files.exists(o), "no result folder");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary folder left behind");
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void badOptionsAreOneLineErrors(@TempDir Path dir) {
        assertEquals(2, run("run", "--seed", "-5", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("--seed"), err.toString());
        assertEquals(2, run("run", "no/such/file.yaml"));
        assertTrue(err.toString().strip().lines().count() == 1, err.toString());
        assertEquals(2, run("run", "--set", "simulation.nonsense=3"));
        assertTrue(err.toString().contains("simulation.nonsense"), err.toString());
    }

    @Test
    void chartsOptionDrawsTheRunDashboard(@TempDir Path dir) throws Exception {
        Path o = dir.resolve("r");
        assertEquals(0, run("run", "scenarios/classroom.yaml", "--days", "4", "--out", o.toString(), "--charts", "--quiet"), err.toString());
        for (String f : List.of("dashboard.png", "tumor_vs_cart.png", "cytokines_crs.png", "tumor_composition.png", "cart_phenotypes.png"))
            assertTrue(Files.size(o.resolve("charts").resolve(f)) > 10_000, f);
        assertEquals(0, run("plot", o.toString(), "--format", "svg"), err.toString());
        assertTrue(Files.readString(o.resolve("charts/dashboard.svg")).contains("<svg"));
    }

    @Test
    void existingNonEmptyOutputIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        assertEquals(2, run("run", "scenarios/classroom.yaml", "--days", "1", "--out", dir.toString()));
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }
}
