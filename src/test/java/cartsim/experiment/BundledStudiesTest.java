package cartsim.experiment;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cartsim.experiment.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled sweep and trial runs (3 days, 1 replicate, 4 patients, 30×30 lattice). Each is
 * copied into a temporary tree with the scenario it names: the repository's file when it exists,
 * else a placeholder with defaults, so the study files are checked even before the presets land.
 */
class BundledStudiesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String[] SMALL = {"--days", "3", "--set", "simulation.lattice_width=30",
            "--set", "simulation.lattice_height=30", "--quiet"};

    @ParameterizedTest
    @ValueSource(strings = {"sweeps/dose-response.yaml", "sweeps/dual-vs-single-escape.yaml", "sweeps/lhs-sensitivity.yaml"})
    void sweepRuns(String file, @TempDir Path dir) throws Exception {
        Path copy = stage(file, "base", dir);
        String[] args = concat(new String[]{"sweep", copy.toString(), "--replicates", "1", "--out", dir.resolve("out").toString()}, SMALL);
        SweepFixtures.Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("out/summary.csv")));
        if (file.contains("lhs")) assertTrue(Files.exists(dir.resolve("out/sensitivity.csv")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trials/eliana.yaml", "trials/zuma-1.yaml", "trials/karmma.yaml"})
    void trialRuns(String file, @TempDir Path dir) throws Exception {
        Path copy = stage(file, "scenario", dir);
        String[] args = concat(new String[]{"trial", copy.toString(), "--patients", "4", "--out", dir.resolve("out").toString()}, SMALL);
        SweepFixtures.Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        String endpoints = Files.readString(dir.resolve("out/endpoints.csv"));
        assertTrue(endpoints.contains("\norr_infused,"), endpoints);
        assertTrue(Files.readString(dir.resolve("out/report.md")).contains("| Overall response (CR+PR), infused |"));
    }

    /** copies the study file and the scenario it names (key: base or scenario) into dir */
    private static Path stage(String file, String key, Path dir) throws Exception {
        Path src = ROOT.resolve(file);
        String text = Files.readString(src);
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*(\\S+)").matcher(text);
        assertTrue(m.find(), file + " names no " + key);
        Path copy = dir.resolve(file);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text);
        Path scenario = copy.getParent().resolve(m.group(1)).normalize();
        Path real = src.getParent().resolve(m.group(1)).normalize();
        Files.createDirectories(scenario.getParent());
        if (Files.exists(real)) Files.copy(real, scenario);
        else Files.writeString(scenario, "name: placeholder\n");
        return copy;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
