package cartsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static cartsim.experiment.SweepFixtures.cli;
import static cartsim.experiment.SweepFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety at every instant: a sweep and a trial run in a separate JVM are killed with
 * SIGKILL (kill -9) at seeded random instants from 0 s to the end of the run, three of them in
 * the first 500 ms (JVM start, folder creation, first manifest). Every folder left behind must be
 * completed by {@code --resume} into files byte-identical to an uninterrupted run.
 */
class KillResumeFuzzTest {
    static final int INSTANTS = 10;
    static final String SWEEP = """
            name: kill-sweep
            base: tiny.yaml
            seed: 21
            replicates: 5
            timeseries: true
            vary:
              product.costim: [4-1BB, CD28]
              product.dose_cells_per_kg: [1e6, 1e7]
            """;

    /** the sweep or trial run as ./cartsim would, in its own JVM */
    static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "cartsim.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Kill instants in ms: three in the first 500 ms (JVM start), the rest spread from the moment
     * the folder appeared to the end of the run, where the journal and the final tables are written.
     */
    static List<Long> instants(long folderMillis, long runMillis, Random rnd) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < INSTANTS; i++) {
            if (i < 3) out.add((long) (rnd.nextDouble() * 500));
            else out.add(folderMillis + (long) (rnd.nextDouble() * Math.max(1, runMillis - folderMillis)));
        }
        return out;
    }

    /** every file of a results folder except manifest.json, relative path → text */
    static List<String> results(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString();
                if (rel.equals("manifest.json")) continue;
                out.add(rel + "\n" + read(p));
            }
        }
        return out;
    }

    static void killAndResume(Path dir, String kind, Path file, long seed) throws Exception {
        Path whole = dir.resolve("whole");
        long t0 = System.nanoTime();
        Process p = start(kind, file.toString(), "--threads", "2", "--quiet", "--out", whole.toString());
        long folderMillis = -1;
        while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
            if (folderMillis < 0 && Files.exists(whole.resolve("manifest.json"))) folderMillis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(System.nanoTime() - t0 < 120e9, "uninterrupted run did not finish");
        }
        assertEquals(0, p.exitValue());
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        if (folderMillis < 0) folderMillis = runMillis / 2;
        List<String> expected = results(whole);
        Random rnd = new Random(seed);
        List<Long> at = instants(folderMillis, runMillis, rnd);
        int[] left = new int[3]; // no folder yet, an incomplete folder, a complete one
        // on a slow or loaded machine the planned instants can miss the run; then more instants are
        // drawn inside the measured run until the journal was cut off mid-run twice (at most 8 more)
        final int planned = at.size();
        for (int i = 0; i < planned || left[1] < 2 && i < planned + 8; i++) {
            if (i >= planned) at.add(folderMillis + (long) ((runMillis - folderMillis) * (0.2 + 0.6 * rnd.nextDouble())));
            Path out = dir.resolve("killed-" + i);
            Process victim = start(kind, file.toString(), "--threads", "2", "--quiet", "--out", out.toString());
            boolean finished = victim.waitFor(at.get(i), TimeUnit.MILLISECONDS);
            if (!finished) {
                victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                victim.waitFor(30, TimeUnit.SECONDS);
            }
            left[!Files.exists(out.resolve("manifest.json")) ? 0
                    : read(out.resolve("manifest.json")).contains("\"complete\" : true") ? 2 : 1]++;
            SweepFixtures.Result r = cli(kind, file.toString(), "--threads", "2", "--quiet", "--resume", "--out", out.toString());
            String what = kind + " killed at " + at.get(i) + " ms of " + runMillis + " ms";
            assertEquals(0, r.code(), what + ": " + r.err());
            assertEquals(expected, results(out), what);
            assertTrue(read(out.resolve("manifest.json")).contains("\"complete\" : true"), what);
            assertFalse(Files.exists(out.resolve(Journal.DIR)), what + ": journal left behind");
        }
        System.out.printf("KillResumeFuzzTest %s: %d kills in a %d ms run: %d before the folder, %d mid-run, %d after the end%n",
                kind, at.size(), runMillis, left[0], left[1], left[2]);
        // seven instants fall between the folder's appearance and the end; on a loaded machine a few
        // may land before or after, but the journal must have been cut off mid-run at least twice
        assertTrue(left[1] >= 2, kind + ": too few kills hit the run itself");
    }

    @Test
    void sweepKilledAtRandomInstantsResumesToTheSameFiles(@TempDir Path dir) throws Exception {
        killAndResume(dir, "sweep", SweepFixtures.sweep(dir, SWEEP), 1401);
    }

    @Test
    void trialKilledAtRandomInstantsResumesToTheSameFiles(@TempDir Path dir) throws Exception {
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        Path f = SweepFixtures.write(dir, "trial.yaml", TrialTest.TRIAL.replace("patients: 10", "patients: 12"));
        killAndResume(dir, "trial", f, 1402);
    }
}
