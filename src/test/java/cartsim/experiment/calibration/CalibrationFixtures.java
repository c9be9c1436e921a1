package cartsim.experiment.calibration;

import cartsim.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small calibration files (a 3-day, 30×30 patient) and a captured command line for the tests. */
final class CalibrationFixtures {
    static final String TINY = """
            name: tiny
            simulation:
              lattice_width: 30
              lattice_height: 30
              days: 3
            """;

    /** every kind of variability and enrolment losses, so the candidate trial files must carry them all */
    static final String TRIAL = """
            name: small
            scenario: tiny.yaml
            patients: 3
            seed: 4
            days: 3
            variability:
              patient.tumor_burden_cells: {dist: lognormal, median: 5e10, cv: 1.0}
              patient.tcell_fitness: {dist: normal, mean: 1, sd: 0.3, min: 0.3, max: 2}
              product.costim: {dist: categorical, values: [4-1BB, CD28], weights: [3, 1]}
              patient.weight_kg: {dist: uniform, min: 20, max: 60}
            enrolment: {manufacturing_failure: 0.1, progression_before_infusion: 0.1}
            published: {cart_tmax_median_days: 2.1, crs_any: 0.5, cart_cmax_geomean_responders: 3}
            """;

    static final String CMAES = """
            name: small-fit
            seed: 8
            method: cmaes
            budget: {evaluations: 12, patients: 3}
            targets:
              - trial: trial.yaml
                metrics:
                  cart_tmax_median_days: {sd: 0.5}
                  crs_any: {weight: 4}
            free:
              cart.division_time_h: {min: 10, max: 40, scale: log, start: 25}
              patient.blood_share_of_circulating_pool: {min: 0.01, max: 0.04}
            cmaes: {population: 4, sigma: 0.3}
            """;

    static final String ABC = """
            name: small-abc
            seed: 9
            method: abc-smc
            budget: {evaluations: 12}
            targets:
              - trial: trial.yaml
                name: small-trial
                metrics:
                  cart_tmax_median_days: {sd: 0.5}
              - trial: trial.yaml
                metrics:
                  crs_any: {sd: 0.2}
            free:
              cart.division_time_h: {min: 10, max: 40, scale: log, prior: {dist: lognormal, median: 19, cv: 0.5}}
              patient.blood_share_of_circulating_pool: {min: 0.01, max: 0.04, prior: uniform}
            abc: {population: 4, quantile: 0.5}
            """;

    private CalibrationFixtures() {}

    /** the calibration file {@code text} next to the tiny scenario and trial */
    static Path calibration(Path dir, String text) throws IOException {
        write(dir, "tiny.yaml", TINY);
        write(dir, "trial.yaml", TRIAL);
        return write(dir, "calibration.yaml", text);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
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

    /** the files that must be byte-identical however the calibration was run */
    static final List<String> RESULTS = List.of("evaluations.csv", "best.yaml", "posterior.csv", "report.md");

    /** name → text of the result files present (charts are images, compared by existence) */
    static List<String> results(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : RESULTS) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) out.add(f + "\n" + Files.readString(p, StandardCharsets.UTF_8));
        }
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            out.add("charts: " + s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        return out;
    }
}
