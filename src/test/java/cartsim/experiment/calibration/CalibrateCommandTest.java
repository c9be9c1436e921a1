package cartsim.experiment.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static cartsim.experiment.calibration.CalibrationFixtures.cli;
import static cartsim.experiment.calibration.CalibrationFixtures.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One calibration, run every way there is, gives the same files: in one process at 1 or 2
 * threads, killed with SIGKILL and resumed, and as --ask/--tell rounds whose trials run as
 * ordinary (and sharded, merged) trial commands.
 */
class CalibrateCommandTest {

    static CalibrationFixtures.Result calibrate(Path file, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", file.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    @Test
    void cmaesGivesTheSameFilesAtAnyThreadCountAndThroughAskTell(@TempDir Path dir) throws Exception {
        Path file = CalibrationFixtures.calibration(dir, CalibrationFixtures.CMAES);
        Path one = dir.resolve("one"), two = dir.resolve("two");
        assertEquals(0, calibrate(file, one, "--threads", "1").code());
        CalibrationFixtures.Result r = calibrate(file, two, "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> expected = results(one);
        assertEquals(expected, results(two));
        assertTrue(Files.readString(one.resolve("manifest.json")).contains("\"complete\" : true"));
        assertFalse(Files.exists(one.resolve(".partial")), "journal left behind");
        // three generations of four: the search moved (a fresh search would ask generation 0 again and again)
        List<String> rows = Files.readAllLines(one.resolve("evaluations.csv"));
        assertEquals(13, rows.size());
        assertNotEquals(rows.get(1).split(",", 4)[2], rows.get(9).split(",", 4)[2]);
        assertTrue(Files.readString(one.resolve("best.yaml")).contains("\nset:\n  cart.division_time_h: "));
        assertFalse(Files.exists(one.resolve("posterior.csv")), "cmaes gives a best fit, not a posterior");

        // three --ask/--tell rounds, each a separate command; the trials run as ./cartsim trial would
        Path asked = dir.resolve("asked");
        for (int round = 0; round < 3; round++) {
            CalibrationFixtures.Result a = calibrate(file, asked, "--ask", "4");
            assertEquals(0, a.code(), a.err());
            Path batch = asked.resolve("ask");
            List<String> trials = Files.readAllLines(batch.resolve("trials.txt"));
            assertEquals(4, trials.size());
            for (String t : trials) {
                String stem = t.substring(0, t.length() - ".yaml".length());
                if (round == 1) {
                    // the SLURM recipe: shards of the trial, merged into the results folder
                    for (String shard : List.of("1/2", "2/2")) {
                        assertEquals(0, cli("trial", batch.resolve(t).toString(), "--shard", shard, "--quiet", "--out",
                                dir.resolve("shards").resolve(stem).resolve(shard.substring(0, 1)).toString()).code());
                    }
                    assertEquals(0, cli("merge", dir.resolve("shards").resolve(stem).resolve("1").toString(),
                            dir.resolve("shards").resolve(stem).resolve("2").toString(), "--out",
                            batch.resolve("results").resolve(stem).toString()).code());
                } else {
                    assertEquals(0, cli("trial", batch.resolve(t).toString(), "--quiet", "--out",
                            batch.resolve("results").resolve(stem).toString()).code());
                }
            }
            CalibrationFixtures.Result tl = calibrate(file, asked, "--tell");
            assertEquals(0, tl.code(), tl.err());
            assertFalse(Files.exists(batch), "the told batch is removed");
        }
        assertEquals(expected, results(asked));
        assertEquals(2, calibrate(file, asked, "--ask", "4").code(), "a complete calibration has nothing to ask");
    }

    @Test
    void abcSmcInSmallerBatchesThanAGenerationAndAfterAKill(@TempDir Path dir) throws Exception {
        Path file = CalibrationFixtures.calibration(dir, CalibrationFixtures.ABC);
        Path whole = dir.resolve("whole");
        CalibrationFixtures.Result r = calibrate(file, whole, "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> expected = results(whole);
        List<String> posterior = Files.readAllLines(whole.resolve("posterior.csv"));
        assertEquals("particle,evaluation,cart.division_time_h,patient.blood_share_of_circulating_pool,loss,weight", posterior.get(0));
        assertTrue(posterior.size() >= 3, "at least two particles: " + posterior);
        String report = Files.readString(whole.resolve("report.md"));
        assertTrue(report.contains("90% interval") && report.contains("charts/posterior_1_2.png"), report);
        assertTrue(Files.exists(whole.resolve("charts/posterior_1_2.png")));
        assertTrue(Files.exists(whole.resolve("charts/convergence.png")));

        // batches of 3 do not divide the generations of 4: a batch never crosses a generation
        Path asked = dir.resolve("asked");
        int rounds = 0;
        while (!Files.exists(asked.resolve("manifest.json")) || !Files.readString(asked.resolve("manifest.json")).contains("\"complete\" : true")) {
            assertEquals(0, calibrate(file, asked, "--ask", "3").code());
            for (String t : Files.readAllLines(asked.resolve("ask/trials.txt"))) {
                String stem = t.substring(0, t.length() - ".yaml".length());
                assertEquals(0, cli("trial", asked.resolve("ask").resolve(t).toString(), "--quiet", "--out",
                        asked.resolve("ask/results").resolve(stem).toString()).code());
            }
            assertEquals(0, calibrate(file, asked, "--tell").code());
            rounds++;
            assertTrue(rounds <= 6);
        }
        assertEquals(6, rounds, "3 + 1 candidates per generation of 4");
        assertEquals(expected, results(asked));

        // kill -9 once the journal holds an evaluation, then --resume
        Path killed = dir.resolve("killed");
        Process p = start("calibrate", file.toString(), "--threads", "2", "--quiet", "--out", killed.toString());
        Path journal = killed.resolve(".partial/evaluations");
        long t0 = System.nanoTime();
        while (p.isAlive() && !(Files.isDirectory(journal) && Files.list(journal).anyMatch(f -> f.toString().endsWith(".json")))) {
            Thread.sleep(5);
            assertTrue(System.nanoTime() - t0 < 120e9, "no evaluation journaled");
        }
        boolean cut = p.isAlive();
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
        p.waitFor(30, TimeUnit.SECONDS);
        assertTrue(cut, "the calibration finished before it could be killed; the test proves nothing");
        assertEquals(2, calibrate(file, killed).code(), "an unfinished folder needs --resume");
        CalibrationFixtures.Result res = calibrate(file, killed, "--resume", "--threads", "1");
        assertEquals(0, res.code(), res.err());
        assertEquals(expected, results(killed));
        assertTrue(Files.readString(killed.resolve("manifest.json")).matches("(?s).*\"resumed_evaluations\" : [1-9].*"));
    }

    /** the calibration run as ./cartsim would, in its own JVM */
    static Process start(String... args) throws java.io.IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "cartsim.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aResumedFolderOfAnotherCalibrationIsRefused(@TempDir Path dir) throws Exception {
        Path file = CalibrationFixtures.calibration(dir, CalibrationFixtures.CMAES);
        Path out = dir.resolve("out");
        assertEquals(0, calibrate(file, out, "--ask", "2").code());
        Path other = CalibrationFixtures.write(dir, "other.yaml", CalibrationFixtures.CMAES.replace("seed: 8", "seed: 81"));
        CalibrationFixtures.Result r = calibrate(other, out, "--ask", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("belongs to a different calibration"), r.err());
        CalibrationFixtures.Result t = calibrate(file, out, "--tell");
        assertEquals(2, t.code(), "results of the batch are missing");
        assertTrue(t.err().contains("--tell: ") && t.err().contains("e000000-trial"), t.err());
        assertEquals(1, t.err().strip().lines().count(), t.err());
        assertTrue(Files.exists(out.resolve("ask")), "a failed --tell keeps the batch");
        String batch = Files.readString(out.resolve("ask/batch.json"), StandardCharsets.UTF_8);
        assertTrue(batch.contains("\"evaluation\" : 1"), batch);
    }
}
