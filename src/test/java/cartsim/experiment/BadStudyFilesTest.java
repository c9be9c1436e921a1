package cartsim.experiment;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static cartsim.experiment.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad sweep and trial files: one line FILE:LINE:COL: key: problem, exit 2, no output folder. */
class BadStudyFilesTest {
    private static final String SWEEP_HEAD = "name: bad\nbase: tiny.yaml\nseed: 1\n";
    private static final String TRIAL_HEAD = "name: bad\nscenario: tiny.yaml\npatients: 3\nseed: 1\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key      | replicats: 2\\nvary:\\n  product.costim: [CD28]                    | :4:1: replicats: unknown key; did you mean replicates?",
            "bad type         | replicates: many\\nvary:\\n  product.costim: [CD28]                 | :4:13: replicates: expected a number, got text \"many\"",
            "unknown param    | vary:\\n  product.dose_per_kg: [1e6]                                   | :5:3: vary.product.dose_per_kg: unknown parameter",
            "out of range     | vary:\\n  product.memory_fraction: [0.2, 1.5]                          | :5:34: vary.product.memory_fraction: 1.5 is out of range (allowed: [0, 1]",
            "bad enum value   | vary:\\n  product.costim: [CD28, OX41]                                 | :5:26: vary.product.costim: \"OX41\" is not allowed",
            "range too few    | vary:\\n  product.dose_cells_per_kg: {from: 1e5, to: 1e7, points: 1}   | :5:59: vary.product.dose_cells_per_kg.points: 1 is out of range",
            "log from zero    | vary:\\n  cart.chemotaxis_bias: {from: 0, to: 1, points: 3, scale: log} | :5:32: vary.cart.chemotaxis_bias.from: a log range needs from > 0",
            "bad design       | design: sobol\\nvary:\\n  product.costim: [CD28]                      | :4:9: design: \"sobol\" is not allowed",
            "lhs with list    | design: lhs\\nsamples: 4\\nvary:\\n  product.costim: [CD28]       | :7:19: vary.product.costim: lhs designs sample ranges, not lists",
            "missing vary     | replicates: 2                                                          | :1:1: vary: missing",
    })
    void badSweep(String what, String body, String expected, @TempDir Path dir) throws Exception {
        Path f = SweepFixtures.sweep(dir, SWEEP_HEAD + body.strip().replace("\\n", "\n") + "\n");
        expectOneLineError(dir, f, expected, "sweep");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing base     | base: nowhere.yaml | :1:7: base: file not found: ",
    })
    void badSweepBase(String what, String line, String expected, @TempDir Path dir) throws Exception {
        Path f = SweepFixtures.sweep(dir, line.strip() + "\nseed: 1\nvary:\n  product.costim: [CD28]\n");
        expectOneLineError(dir, f, expected, "sweep");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key       | enrollment: {manufacturing_failure: 0.1}                             | :5:1: enrollment: unknown key; did you mean enrolment?",
            "bad type          | days: soon                                                           | :5:7: days: expected a number, got text \"soon\"",
            "unknown param     | variability:\\n  patient.wieght_kg: {dist: uniform, min: 20, max: 60} | :6:3: variability.patient.wieght_kg: unknown parameter; did you mean patient.weight_kg?",
            "out of range      | variability:\\n  patient.weight_kg: {dist: uniform, min: 1, max: 60}  | :6:43: variability.patient.weight_kg.min: 1.0 is out of range (allowed: [3, 250] kg)",
            "bad distribution  | variability:\\n  patient.weight_kg: {dist: gamma, shape: 2}            | :6:29: variability.patient.weight_kg.dist: \"gamma\" is not allowed",
            "wrong dist key    | variability:\\n  patient.weight_kg: {dist: lognormal, median: 40, sd: 3} | :6:52: variability.patient.weight_kg.sd: unknown key",
            "weights mismatch  | variability:\\n  product.costim: {dist: categorical, values: [CD28, 4-1BB], weights: [1]} | :6:71: variability.product.costim.weights: has 1 entries but values has 2",
            "numeric on enum   | variability:\\n  product.costim: {dist: uniform, min: 0, max: 1}      | :6:26: variability.product.costim.dist: uniform needs a numeric parameter",
            "probability > 1   | enrolment: {manufacturing_failure: 1.5}                              | :5:36: enrolment.manufacturing_failure: 1.5 is out of range",
            "unknown published | published: {orr: 0.8}                                                | :5:13: published.orr: unknown key",
            "bad crs scale     | grading: {crs: ctcae}                                                | :5:16: grading.crs: \"ctcae\" is not allowed",
            "bad grading key   | grading: {cytokine: penn}                                            | :5:11: grading.cytokine: unknown key",
            "missing protocol  | protocol: nowhere.yaml                                               | :5:11: protocol: file not found: ",
    })
    void badTrial(String what, String body, String expected, @TempDir Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path f = SweepFixtures.write(dir, "trial.yaml", TRIAL_HEAD + body.strip().replace("\\n", "\n") + "\n");
        expectOneLineError(dir, f, expected, "trial");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing scenario | scenario: none.yaml | :1:11: scenario: file not found: ",
    })
    void badTrialScenario(String what, String line, String expected, @TempDir Path dir) throws Exception {
        Path f = SweepFixtures.write(dir, "trial.yaml", line.strip() + "\npatients: 3\nseed: 1\n");
        expectOneLineError(dir, f, expected, "trial");
    }

    /** a bad protocol file: the error names the protocol file's own line */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown drug      | tocilizumib:\\n  min_crs_grade: 3          | :2:1: tocilizumib: unknown key; did you mean tocilizumab?",
            "unknown key       | tocilizumab:\\n  min_grade: 3              | :3:3: tocilizumab.min_grade: unknown key (allowed: enabled, min_crs_grade",
            "out of range      | steroids:\\n  min_crs_grade: 9          | :3:18: steroids.min_crs_grade: 9 is out of range",
            "not a mapping     | anakinra: yes                             | :2:11: anakinra: expected a mapping",
    })
    void badProtocol(String what, String body, String expected, @TempDir Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path protocol = SweepFixtures.write(dir, "protocol.yaml", "name: bad\n" + body.strip().replace("\\n", "\n") + "\n");
        Path f = SweepFixtures.write(dir, "trial.yaml", TRIAL_HEAD + "protocol: protocol.yaml\n");
        Path out = dir.resolve("out");
        SweepFixtures.Result r = cli("trial", f.toString(), "--out", out.toString());
        String err = r.err().strip();
        assertEquals(2, r.code(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(protocol + expected.strip()), "got: " + err + "\nwant prefix: " + protocol + expected.strip());
        assertFalse(Files.exists(out), "no output folder");
    }

    private static void expectOneLineError(Path dir, Path file, String expected, String command) throws Exception {
        Path out = dir.resolve("out");
        SweepFixtures.Result r = cli(command, file.toString(), "--out", out.toString());
        String err = r.err().strip();
        assertEquals(2, r.code(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(file + expected.strip()), "got: " + err + "\nwant prefix: " + file + expected.strip());
        assertFalse(Files.exists(out), "no output folder");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no temporary folder");
        }
    }
}
