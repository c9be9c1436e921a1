package cartsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static cartsim.experiment.SweepFixtures.cli;
import static cartsim.experiment.SweepFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrialTest {
    static final String TRIAL = """
            name: small
            scenario: tiny.yaml
            patients: 10
            seed: 4
            days: 3
            variability:
              patient.tumor_burden_cells: {dist: lognormal, median: 5e10, cv: 1.0}
              patient.tcell_fitness: {dist: normal, mean: 1, sd: 0.3, min: 0.3, max: 2}
              product.costim: {dist: categorical, values: [4-1BB, CD28], weights: [3, 1]}
              patient.weight_kg: {dist: uniform, min: 20, max: 60}
            enrolment: {manufacturing_failure: 0.2, progression_before_infusion: 0.1}
            published: {orr_infused: 0.81, crs_any: 0.79}
            """;

    @Test
    void identicalWhateverTheThreadsAndComplete(@TempDir Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path f = SweepFixtures.write(dir, "trial.yaml", TRIAL);
        assertEquals(0, cli("trial", f.toString(), "--threads", "1", "--out", dir.resolve("a").toString(), "--quiet").code());
        assertEquals(0, cli("trial", f.toString(), "--threads", "2", "--out", dir.resolve("b").toString(), "--quiet").code());
        for (String file : List.of("patients.csv", "endpoints.csv", "km.csv", "report.md", "trial.yaml")) {
            assertEquals(read(dir.resolve("a").resolve(file)), read(dir.resolve("b").resolve(file)), file);
        }
        List<String> patients = read(dir.resolve("a/patients.csv")).lines().toList();
        assertEquals(11, patients.size());
        assertTrue(patients.get(0).startsWith("patient,seed,enrolled,infused,patient.tumor_burden_cells,patient.tcell_fitness,"
                + "product.costim,patient.weight_kg,"), patients.get(0));
        long infused = patients.stream().skip(1).filter(l -> l.split(",")[3].equals("1")).count();
        String endpoints = read(dir.resolve("a/endpoints.csv"));
        assertTrue(endpoints.startsWith("metric,value,ci_low,ci_high,published\nenrolled,10,,,\ninfused," + infused + ",,,\n"), endpoints);
        assertTrue(endpoints.contains(",0.81\n") && endpoints.contains(",0.79\n"), endpoints);
        assertTrue(read(dir.resolve("a/km.csv")).startsWith("time_days,at_risk,events,censored,survival,ci_low,ci_high,ci_low_loglog,ci_high_loglog\n"));
        assertTrue(read(dir.resolve("a/report.md")).contains("10 patients enrolled (intention to treat), " + infused + " infused"));
    }

    @Test
    void morePatientsKeepTheFirstOnes(@TempDir Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path f = SweepFixtures.write(dir, "trial.yaml", TRIAL);
        assertEquals(0, cli("trial", f.toString(), "--patients", "3", "--out", dir.resolve("a").toString(), "--quiet").code());
        assertEquals(0, cli("trial", f.toString(), "--patients", "5", "--out", dir.resolve("b").toString(), "--quiet").code());
        List<String> a = read(dir.resolve("a/patients.csv")).lines().toList();
        List<String> b = read(dir.resolve("b/patients.csv")).lines().toList();
        assertEquals(a, b.subList(0, a.size()));
    }

    @Test
    void existingOutputIsRefusedBeforeRunning(@TempDir Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path f = SweepFixtures.write(dir, "trial.yaml", TRIAL);
        SweepFixtures.write(dir.resolve("taken"), "x.txt", "keep");
        SweepFixtures.Result r = cli("trial", f.toString(), "--out", dir.resolve("taken").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cartsim: output exists:"), r.err());
    }
}
