package cartsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cartsim.experiment.SweepFixtures.cli;
import static cartsim.experiment.SweepFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** trial --shard K/N, merge of trial shard folders and trial --resume. */
class TrialShardTest {
    static final List<String> RESULTS = List.of("patients.csv", "endpoints.csv", "km.csv", "report.md", "trial.yaml");

    static Path trialFile(Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        return SweepFixtures.write(dir, "trial.yaml", TrialTest.TRIAL);
    }

    static void assertSameResults(Path expected, Path actual) throws Exception {
        for (String f : RESULTS) assertEquals(read(expected.resolve(f)), read(actual.resolve(f)), f);
    }

    static void ok(String... args) {
        SweepFixtures.Result r = cli(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
    }

    static SweepFixtures.Result refused(String... args) {
        SweepFixtures.Result r = cli(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        return r;
    }

    @Test
    void threeShardsMergedEqualTheWholeTrial(@TempDir Path dir) throws Exception {
        Path f = trialFile(dir);
        ok("trial", f.toString(), "--out", dir.resolve("whole").toString(), "--quiet", "--threads", "2");
        for (int k = 1; k <= 3; k++) {
            ok("trial", f.toString(), "--shard", k + "/3", "--out", dir.resolve("s" + k).toString(), "--quiet", "--threads", "1");
        }
        // each shard holds its own patients: ids 1, 4, 7, 10 in shard 1/3
        List<String> s1 = read(dir.resolve("s1/patients.csv")).lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("1", "4", "7", "10"), s1);
        // merged in another order than the shard numbers: the result does not depend on it
        ok("merge", dir.resolve("s3").toString(), dir.resolve("s1").toString(), dir.resolve("s2").toString(),
                "--out", dir.resolve("merged").toString(), "--quiet");
        assertSameResults(dir.resolve("whole"), dir.resolve("merged"));
        assertTrue(read(dir.resolve("merged/manifest.json")).contains("\"merged_from\""));
    }

    @Test
    void badShardCombinationsAreRefused(@TempDir Path dir) throws Exception {
        Path f = trialFile(dir);
        for (int k = 1; k <= 2; k++) ok("trial", f.toString(), "--shard", k + "/2", "--out", dir.resolve("s" + k).toString(), "--quiet");
        ok("trial", f.toString(), "--shard", "2/2", "--seed", "99", "--out", dir.resolve("other-seed").toString(), "--quiet");
        ok("trial", f.toString(), "--shard", "2/2", "--set", "cart.kill_probability_per_contact=0.5",
                "--out", dir.resolve("other-set").toString(), "--quiet");
        String s1 = dir.resolve("s1").toString(), s2 = dir.resolve("s2").toString();
        String out = dir.resolve("m").toString();
        assertTrue(refused("merge", s1, "--out", out).err().contains("patients missing"));
        assertTrue(refused("merge", s1, s1, s2, "--out", out).err().contains("is in both"));
        assertTrue(refused("merge", s1, dir.resolve("other-seed").toString(), "--out", out).err().contains("different trial"));
        assertTrue(refused("merge", s1, dir.resolve("other-set").toString(), "--out", out).err().contains("different trial"));
        // a sweep folder among trial shards
        Path sweep = SweepFixtures.sweep(dir.resolve("sw"), SweepFixtures.GRID);
        ok("sweep", sweep.toString(), "--shard", "1/4", "--out", dir.resolve("sweep-shard").toString(), "--quiet");
        assertTrue(refused("merge", s1, dir.resolve("sweep-shard").toString(), "--out", out).err().contains("cannot mix"));
        // a shard folder edited after the run
        Files.writeString(dir.resolve("s1/scenario.yaml"), read(dir.resolve("s1/scenario.yaml")).replace("days: 3.0", "days: 4.0"));
        assertTrue(refused("merge", s1, s2, "--out", out).err().contains("changed after the shard ran"));
        assertFalse(Files.exists(dir.resolve("m")));
        // a version mismatch between shards
        Files.writeString(dir.resolve("s2/manifest.json"), read(dir.resolve("s2/manifest.json"))
                .replaceFirst("\"cartsim_version\" : \"[^\"]*\"", "\"cartsim_version\" : \"0.0.1\""));
        assertTrue(refused("merge", s1, s2, "--out", out).err().contains("cartsim 0.0.1"));
    }

    @Test
    void resumeRefusesAnotherTrialShardOrSet(@TempDir Path dir) throws Exception {
        Path f = trialFile(dir);
        String out = dir.resolve("a").toString();
        ok("trial", f.toString(), "--shard", "1/2", "--out", out, "--quiet");
        assertTrue(refused("trial", f.toString(), "--shard", "1/2", "--out", out).err().contains("--resume"));
        assertTrue(refused("trial", f.toString(), "--shard", "2/2", "--resume", "--out", out).err().contains("holds shard 1/2"));
        assertTrue(refused("trial", f.toString(), "--shard", "1/2", "--resume", "--set", "cart.kill_probability_per_contact=0.5",
                "--out", out).err().contains("different trial"));
        assertTrue(refused("trial", f.toString(), "--shard", "1/2", "--resume", "--patients", "7", "--out", out)
                .err().contains("different trial"));
        assertTrue(cli("trial", f.toString(), "--shard", "1/2", "--resume", "--out", out).out().contains("already complete"));
        assertTrue(refused("trial", f.toString(), "--shard", "11/11", "--out", dir.resolve("b").toString()).err().contains("only 10 patients"));
    }

    @Test
    void trialCutOffAfterFourPatientsResumesFromItsJournal(@TempDir Path dir) throws Exception {
        Path f = trialFile(dir);
        ok("trial", f.toString(), "--out", dir.resolve("whole").toString(), "--quiet");
        Path out = dir.resolve("cut");
        TrialSpec spec = TrialLoader.load(f, TrialLoader.Overrides.none());
        RuntimeException crash = new RuntimeException("simulated crash");
        try {
            TrialStudy.run(spec, Shard.ALL, out, false, 1, "test", n -> {
                if (n == 4) throw crash;
            });
        } catch (RuntimeException e) {
            assertEquals(crash, e);
        }
        assertTrue(read(out.resolve("manifest.json")).contains("\"complete\" : false"));
        assertFalse(Files.exists(out.resolve("patients.csv")));
        ok("trial", f.toString(), "--resume", "--out", out.toString(), "--quiet");
        assertSameResults(dir.resolve("whole"), out);
        // the four journaled patients were taken from the journal, not simulated again
        assertTrue(read(out.resolve("manifest.json")).matches("(?s).*\"resumed_patients\" : [4-9].*"),
                read(out.resolve("manifest.json")));
    }
}
