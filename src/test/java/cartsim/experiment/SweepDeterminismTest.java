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

class SweepDeterminismTest {
    static final List<String> FILES = List.of("runs.csv", "summary.csv", "sweep.yaml");

    @Test
    void oneAndTwoThreadsGiveIdenticalFiles(@TempDir Path dir) throws Exception {
        Path sweep = SweepFixtures.sweep(dir, SweepFixtures.GRID);
        assertEquals(0, cli("sweep", sweep.toString(), "--threads", "1", "--out", dir.resolve("t1").toString(), "--quiet").code());
        assertEquals(0, cli("sweep", sweep.toString(), "--threads", "2", "--out", dir.resolve("t2").toString(), "--quiet").code());
        for (String f : FILES) assertEquals(read(dir.resolve("t1").resolve(f)), read(dir.resolve("t2").resolve(f)), f);
        String runs = read(dir.resolve("t1/runs.csv"));
        assertEquals(13, runs.lines().count(), "header + 3 doses × 2 costims × 2 replicates");
        assertTrue(runs.startsWith("run_id,point,replicate,seed,product.dose_cells_per_kg,product.costim,"), runs);
        assertTrue(runs.contains("\n0,0,0,"), runs);
        assertTrue(read(dir.resolve("t1/summary.csv")).contains(",cr,rate,2,"));
        assertFalse(Files.exists(dir.resolve("t1").resolve(Journal.DIR)), "the journal is removed when complete");
        assertTrue(read(dir.resolve("t1/manifest.json")).contains("\"complete\" : true"));
    }

    @Test
    void shardsMergedEqualTheWholeSweep(@TempDir Path dir) throws Exception {
        Path sweep = SweepFixtures.sweep(dir, SweepFixtures.GRID);
        assertEquals(0, cli("sweep", sweep.toString(), "--out", dir.resolve("whole").toString(), "--quiet").code());
        for (int k = 1; k <= 3; k++) {
            assertEquals(0, cli("sweep", sweep.toString(), "--shard", k + "/3", "--out", dir.resolve("s" + k).toString(), "--quiet").code());
        }
        // shard 2/3 owns run ids 1, 4, 7, 10
        List<String> ids = read(dir.resolve("s2/runs.csv")).lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("1", "4", "7", "10"), ids);
        SweepFixtures.Result r = cli("merge", dir.resolve("s3").toString(), dir.resolve("s1").toString(),
                dir.resolve("s2").toString(), "--out", dir.resolve("merged").toString());
        assertEquals(0, r.code(), r.err());
        for (String f : FILES) assertEquals(read(dir.resolve("whole").resolve(f)), read(dir.resolve("merged").resolve(f)), f);
    }

    @Test
    void mergeRefusesMissingDuplicateAndForeignShards(@TempDir Path dir) throws Exception {
        Path sweep = SweepFixtures.sweep(dir, SweepFixtures.GRID);
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, cli("sweep", sweep.toString(), "--shard", k + "/2", "--out", dir.resolve("s" + k).toString(), "--quiet").code());
        }
        SweepFixtures.Result missing = cli("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m1").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("runs missing"), missing.err());
        SweepFixtures.Result dup = cli("merge", dir.resolve("s1").toString(), dir.resolve("s1").toString(), dir.resolve("s2").toString(),
                "--out", dir.resolve("m2").toString());
        assertEquals(2, dup.code());
        assertTrue(dup.err().contains("is in both"), dup.err());
        assertEquals(0, cli("sweep", sweep.toString(), "--shard", "2/2", "--replicates", "1", "--out", dir.resolve("other").toString(), "--quiet").code());
        SweepFixtures.Result foreign = cli("merge", dir.resolve("s1").toString(), dir.resolve("other").toString(), "--out", dir.resolve("m3").toString());
        assertEquals(2, foreign.code());
        assertTrue(foreign.err().contains("different sweep"), foreign.err());
        assertEquals(1, foreign.err().strip().lines().count());
        for (String m : List.of("m1", "m2", "m3")) assertFalse(Files.exists(dir.resolve(m)), m);
    }

    @Test
    void killedSweepResumesToTheSameFiles(@TempDir Path dir) throws Exception {
        Path sweep = SweepFixtures.sweep(dir, SweepFixtures.GRID);
        assertEquals(0, cli("sweep", sweep.toString(), "--out", dir.resolve("whole").toString(), "--quiet").code());

        SweepPlan plan = SweepPlan.of(SweepLoader.load(sweep, SweepLoader.Overrides.none()));
        Path out = dir.resolve("killed");
        // the "kill": the hook throws after the 5th finished run, like a crash between runs
        RuntimeException crash = new RuntimeException("simulated kill");
        try {
            SweepJob.run(plan, Shard.ALL, out, false, 2, "test", done -> {
                if (done == 5) throw crash;
            });
        } catch (RuntimeException e) {
            assertEquals(crash, e);
        }
        assertTrue(read(out.resolve("manifest.json")).contains("\"complete\" : false"));
        assertFalse(Files.exists(out.resolve("runs.csv")));
        long journaled;
        try (var s = Files.list(out.resolve(Journal.DIR))) {
            journaled = s.filter(f -> f.getFileName().toString().matches("\\d+\\.json")).count();
        }
        assertTrue(journaled >= 5 && journaled < 12, "journaled " + journaled);
        // a run cut off mid-write leaves only a temporary file, which resume ignores
        Files.writeString(out.resolve(Journal.DIR).resolve(".11.json.tmp"), "{\"run_id\": 11, \"poi");

        SweepFixtures.Result r = cli("sweep", sweep.toString(), "--resume", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(journaled + " resumed"), r.out());
        for (String f : FILES) assertEquals(read(dir.resolve("whole").resolve(f)), read(out.resolve(f)), f);
        SweepFixtures.Result again = cli("sweep", sweep.toString(), "--resume", "--out", out.toString());
        assertTrue(again.out().contains("already complete"), again.out());
    }

    @Test
    void partlyDeletedJournalIsRedone(@TempDir Path dir) throws Exception {
        Path sweep = SweepFixtures.sweep(dir, SweepFixtures.LHS);
        assertEquals(0, cli("sweep", sweep.toString(), "--out", dir.resolve("whole").toString(), "--quiet").code());
        SweepPlan plan = SweepPlan.of(SweepLoader.load(sweep, SweepLoader.Overrides.none()));
        Path out = dir.resolve("partial");
        try {
            SweepJob.run(plan, Shard.ALL, out, false, 1, "test", done -> {
                if (done == 6) throw new IllegalStateException("kill");
            });
        } catch (IllegalStateException expected) {
            // the sweep stopped after 6 runs
        }
        Files.delete(out.resolve(Journal.DIR).resolve("2.json"));
        SweepFixtures.Result r = cli("sweep", sweep.toString(), "--resume", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("runs.csv", "summary.csv", "sensitivity.csv")) {
            assertEquals(read(dir.resolve("whole").resolve(f)), read(out.resolve(f)), f);
        }
        String sens = read(out.resolve("sensitivity.csv"));
        assertTrue(sens.startsWith("endpoint,parameter,prcc,p_value\n"), sens);
        assertTrue(sens.contains("kills_total,cart.kill_probability_per_contact,"), sens);
    }

    @Test
    void resumeRefusesAnotherSweep(@TempDir Path dir) throws Exception {
        Path sweep = SweepFixtures.sweep(dir, SweepFixtures.GRID);
        Path out = dir.resolve("o");
        assertEquals(0, cli("sweep", sweep.toString(), "--shard", "1/4", "--out", out.toString(), "--quiet").code());
        SweepFixtures.Result r = cli("sweep", sweep.toString(), "--shard", "1/4", "--resume", "--set", "patient.weight_kg=50",
                "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("belongs to a different sweep"), r.err());
        SweepFixtures.Result shard = cli("sweep", sweep.toString(), "--shard", "2/4", "--resume", "--out", out.toString());
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("holds shard 1/4"), shard.err());
        SweepFixtures.Result exists = cli("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("--resume"), exists.err());
    }

    @Test
    void seedsDependOnlyOnSweepSeedPointAndReplicate() throws Exception {
        assertEquals(Seeds.derive(11, "run", 3, 1), Seeds.derive(11, "run", 3, 1));
        assertTrue(Seeds.derive(11, "run", 3, 1) != Seeds.derive(11, "run", 1, 3));
        assertTrue(Seeds.derive(11, "run", 0, 0) <= Integer.MAX_VALUE && Seeds.derive(11, "run", 0, 0) >= 0);
    }
}
