package cartsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static cartsim.experiment.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per crash class and per accepted-but-malformed example of the fuzz campaigns
 * (issue 14): each must be refused with exit 2 and one line naming the problem.
 */
class MalformedStudyExamplesTest {
    @TempDir
    Path dir;

    static final String SWEEP_HEAD = """
            name: s
            base: tiny.yaml
            seed: 1
            """;
    static final String TRIAL_HEAD = """
            name: t
            scenario: tiny.yaml
            patients: 3
            seed: 1
            """;

    /** exit 2, one line, no Java exception name, no raw control character; returns the line */
    static String refused(String fragment, String... args) {
        SweepFixtures.Result r = cli(args);
        assertEquals(2, r.code(), "accepted or crashed: " + r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().matches("(?s).*(Exception|java\\.).*"), r.err());
        assertTrue(r.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), "raw control character in: " + r.err());
        assertTrue(r.err().contains(fragment), "expected '" + fragment + "' in: " + r.err());
        return r.err().strip();
    }

    String sweep(String body) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        return SweepFixtures.write(dir, "sweep.yaml", SWEEP_HEAD + body).toString();
    }

    String trial(String body) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        return SweepFixtures.write(dir, "trial.yaml", TRIAL_HEAD + body).toString();
    }

    String scenario(String text) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        return SweepFixtures.write(dir, "s.yaml", text).toString();
    }

    @Test
    void nulInAPathValue() throws Exception {
        refused("control characters", "validate", scenario("extends: \"tiny\\0.yaml\"\n"));
        SweepFixtures.write(dir, "nul.yaml", "name: s\nbase: \"ti\\0ny.yaml\"\nseed: 1\nvary: {product.costim: [4-1BB]}\n");
        refused("base: a path cannot contain control characters", "sweep", dir.resolve("nul.yaml").toString(), "--check");
        SweepFixtures.write(dir, "nult.yaml", "name: t\nscenario: \"\\0\"\npatients: 2\nseed: 1\n");
        refused("scenario: a path cannot contain control characters", "trial", dir.resolve("nult.yaml").toString(), "--check");
    }

    @Test
    void nanAndInfinityAsNumbers() throws Exception {
        refused("vary.cart.kill_probability_per_contact", "sweep", sweep("vary: {cart.kill_probability_per_contact: [.nan, 0.5]}\n"), "--check");
        refused("vary.cart.kill_probability_per_contact.to", "sweep",
                sweep("vary: {cart.kill_probability_per_contact: {from: 0.1, to: -.inf, points: 2}}\n"), "--check");
        refused("variability.patient.weight_kg.median", "trial",
                trial("variability: {patient.weight_kg: {dist: lognormal, median: .nan, cv: 0.2}}\n"), "--check");
        refused("published.orr_infused", "trial", trial("published: {orr_infused: -.inf}\n"), "--check");
        refused("set.cart.kill_probability_per_contact", "trial", trial("set: {cart.kill_probability_per_contact: .nan}\n"), "--check");
    }

    @Test
    void emptyVaryListAndEmptyLinkedEntry() throws Exception {
        refused("vary.product.costim: needs at least 1 entry", "sweep", sweep("vary: {product.costim: []}\n"), "--check");
        refused("vary.construct: an entry sets no parameter", "sweep", sweep("vary: {construct: [{}]}\n"), "--check");
    }

    @Test
    void nullsInSetVaryAndCategoricalLists() throws Exception {
        refused("set.product.costim: no value given", "sweep", sweep("set: {product.costim: ~}\nvary: {product.dose_cells_per_kg: [1e6]}\n"), "--check");
        refused("vary.product.costim: no value given", "sweep", sweep("vary: {product.costim: [4-1BB, ~]}\n"), "--check");
        refused("variability.product.costim.values: no value given", "trial",
                trial("variability: {product.costim: {dist: categorical, values: [CD28, ~]}}\n"), "--check");
        refused("set.product.costim: no value given", "trial", trial("set: {product.costim: ~}\n"), "--check");
    }

    @Test
    void daysAndTimeseriesAreCheckedEvenWhenAFlagOverridesThem() throws Exception {
        for (String bad : new String[] {"[oops]", "1e309", "~"}) {
            refused("days", "sweep", sweep("days: " + bad + "\nvary: {product.costim: [CD28]}\n"), "--check", "--days", "2");
            refused("days", "trial", trial("days: " + bad + "\n"), "--check", "--days", "2");
        }
        refused("timeseries: expected true or false", "sweep",
                sweep("timeseries: [oops]\nvary: {product.costim: [CD28]}\n"), "--check", "--timeseries");
        // without the flag the range is the schema's, not the whole double range
        String line = refused("days", "sweep", sweep("days: -5\nvary: {product.costim: [CD28]}\n"), "--check");
        assertFalse(line.contains("1.79769E+308"), line);
        // a set: value that --set overrides is still checked
        refused("set.product.costim", "sweep", sweep("set: {product.costim: oops}\nvary: {product.dose_cells_per_kg: [1e6]}\n"),
                "--check", "--set", "product.costim=CD28");
    }

    @Test
    void nestedAndDottedDuplicates() throws Exception {
        refused("simulation.days: set twice in this file (first at line 2)", "validate",
                scenario("simulation:\n  days: 5\nsimulation.days: 3000\n"));
        refused("simulation.days: set twice", "validate", scenario("simulation.days: 5\nsimulation: {days: 6}\n"));
    }

    @Test
    void yamlTagsAreRejected() throws Exception {
        refused("YAML tag", "validate", scenario("product:\n  costim: !!int 4-1BB\n"));
        refused("YAML tag", "validate", scenario("extends: !!python/object:os.system x.yaml\n"));
        refused("YAML tag", "sweep", sweep("vary: {product.costim: !!seq [CD28]}\n"), "--check");
    }

    @Test
    void leadingZerosAreRefusedAlike() throws Exception {
        refused("simulation.days: 0180 has a leading zero", "validate", scenario("simulation:\n  days: 0180\n"));
        refused("simulation.days: 017 has a leading zero", "validate", scenario("simulation:\n  days: 017\n"));
        refused("days: 017 has a leading zero", "sweep", sweep("days: 017\nvary: {product.costim: [CD28]}\n"), "--check");
        refused("patients: 017 has a leading zero", "trial", SweepFixtures.write(dir, "z.yaml",
                "scenario: tiny.yaml\npatients: 017\nseed: 1\n").toString(), "--check");
    }

    @Test
    void quotedNumbersInSweepListsAreRefusedLikeInScenarioFiles() throws Exception {
        String inScenario = refused("quoted", "validate", scenario("simulation:\n  days: \"50\"\n"));
        String inSweep = refused("quoted", "sweep", sweep("vary: {simulation.days: [\"50\"]}\n"), "--check");
        assertTrue(inScenario.contains("expected a number, got text \"50\"") && inSweep.contains("expected a number, got text \"50\""),
                inScenario + "\n" + inSweep);
    }

    @Test
    void foreignExtendedFileIsNotEchoedAndTheUsersFileComesFirst() throws Exception {
        String line = refused("extends:", "validate", scenario("name: mine\nextends: /etc/passwd\n"));
        assertTrue(line.startsWith(dir.resolve("s.yaml") + ":2:10: extends: /etc/passwd:"), line);
        assertTrue(line.length() < 400, line);
        assertFalse(line.contains("daemon:"), line);
        SweepFixtures.write(dir, "bad-base.yaml", "simulation:\n  days: fast\n");
        line = refused("simulation.days", "validate", scenario("extends: bad-base.yaml\n"));
        assertTrue(line.startsWith(dir.resolve("s.yaml") + ":1:10: extends: " + dir.resolve("bad-base.yaml") + ":2:9: simulation.days:"), line);
        SweepFixtures.write(dir, "sw.yaml", "base: bad-base.yaml\nseed: 1\nvary: {product.costim: [CD28]}\n");
        line = refused("simulation.days", "sweep", dir.resolve("sw.yaml").toString(), "--check");
        assertTrue(line.startsWith(dir.resolve("sw.yaml") + ":1:7: base: "), line);
    }

    @Test
    void controlCharactersAreEscapedAndLongValuesCut() throws Exception {
        String line = refused("\\u001B[31m", "validate", scenario("product:\n  costim: \"\\e[31mred\"\n"));
        assertFalse(line.contains("\u001b"), line);
        String longWord = "x".repeat(5000);
        line = refused("characters)", "validate", scenario("product:\n  costim: " + longWord + "\n"));
        assertTrue(line.length() < 400, line.length() + " characters");
    }
}
