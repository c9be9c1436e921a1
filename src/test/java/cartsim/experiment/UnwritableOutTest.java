package cartsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static cartsim.experiment.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An --out that cannot be written gives one line in words and exit 2, for sweeps and trials.
 * (A full disk is checked on a real 256 KiB file system by .ci/disk-full.sh.)
 */
class UnwritableOutTest {
    static void refusedInOneLine(SweepFixtures.Result r) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void outInsideARegularFile(@TempDir Path dir) throws Exception {
        Path f = SweepFixtures.sweep(dir, SweepFixtures.GRID);
        Path file = SweepFixtures.write(dir, "a-file", "x");
        SweepFixtures.Result r = cli("sweep", f.toString(), "--quiet", "--out", file.resolve("out").toString());
        refusedInOneLine(r);
        assertTrue(r.err().contains("a-file"), r.err());
        SweepFixtures.write(dir, "trial.yaml", TrialTest.TRIAL);
        r = cli("trial", dir.resolve("trial.yaml").toString(), "--quiet", "--out", file.resolve("out").toString());
        refusedInOneLine(r);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outIsAFile(@TempDir Path dir) throws Exception {
        Path file = SweepFixtures.write(dir, "a-file", "x");
        SweepFixtures.write(dir, "tiny.yaml", SweepFixtures.TINY);
        SweepFixtures.write(dir, "trial.yaml", TrialTest.TRIAL);
        SweepFixtures.Result r = cli("trial", dir.resolve("trial.yaml").toString(), "--quiet", "--resume", "--out", file.toString());
        refusedInOneLine(r);
        assertTrue(r.err().contains("not a folder"), r.err());
    }
}
