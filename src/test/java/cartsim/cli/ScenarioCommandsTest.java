package cartsim.cli;

import cartsim.scenario.CartSchema;
import cartsim.scenario.Param;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void validateReportsEachFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "simulation:\n  days: 30\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "simulation:\n  days: lots\n");
        assertEquals(0, run("validate", good.toString()));
        assertEquals("OK " + good + "\n", out.toString().replace("\r", ""));
        assertEquals(2, run("validate", good.toString(), bad.toString()));
        assertEquals(bad + ":2:9: simulation.days: expected a number, got text \"lots\" (allowed: [0.1, 3650] d)\n",
                err.toString().replace("\r", ""));
    }

    @Test
    void describeBuiltInDefaultsWithSet() {
        assertEquals(0, run("describe", "--set", "product.costim=CD28", "--set", "simulation.days=90"));
        String text = out.toString();
        assertTrue(text.contains("product.costim"), text);
        assertTrue(text.contains("--set:1"), text);
        for (Param p : CartSchema.get().params()) assertTrue(text.contains(p.path()), p.path());
    }

    @Test
    void describeBadSetIsOneLineAndExitTwo() {
        assertEquals(2, run("describe", "--set", "simulation.dayz=3"));
        String e = err.toString().strip();
        assertTrue(e.startsWith("--set:1:1: simulation.dayz: unknown parameter; did you mean simulation.days?"), e);
        assertEquals(1, e.lines().count());
    }
}
