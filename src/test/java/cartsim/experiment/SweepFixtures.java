package cartsim.experiment;

import cartsim.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny scenarios and sweep files (30×30 lattice, 3 days) so sweep tests run in seconds. */
final class SweepFixtures {
    private SweepFixtures() {}

    static final String TINY = """
            name: tiny
            simulation:
              lattice_width: 30
              lattice_height: 30
              days: 3
            """;

    static final String GRID = """
            name: grid-test
            base: tiny.yaml
            seed: 11
            replicates: 2
            vary:
              product.dose_cells_per_kg: {from: 1e5, to: 1e7, points: 3, scale: log}
              product.costim: [4-1BB, CD28]
            """;

    static final String LHS = """
            name: lhs-test
            base: tiny.yaml
            seed: 5
            design: lhs
            samples: 8
            vary:
              product.dose_cells_per_kg: {from: 1e5, to: 1e7, scale: log}
              cart.kill_probability_per_contact: {from: 0.2, to: 0.9}
            """;

    static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** a sweep file next to the tiny base scenario */
    static Path sweep(Path dir, String text) throws IOException {
        write(dir, "tiny.yaml", TINY);
        return write(dir, "sweep.yaml", text);
    }

    record Result(int code, String out, String err) {}

    /** runs the command line like ./cartsim, capturing stdout and stderr */
    static synchronized Result cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
