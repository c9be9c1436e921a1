package cartsim.experiment;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cartsim.experiment.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled sweep and trial runs as shipped (3 days, 1 replicate, 4 patients, 30×30 lattice)
 * and draws its charts with --charts.
 */
class BundledStudiesTest {
    private static final String[] SMALL = {"--days", "3", "--set", "simulation.lattice_width=30",
            "--set", "simulation.lattice_height=30", "--quiet", "--charts"};

    @ParameterizedTest
    @ValueSource(strings = {"sweeps/dose-response.yaml", "sweeps/dual-vs-single-escape.yaml", "sweeps/lhs-sensitivity.yaml"})
    void sweepRunsAndDrawsItsCharts(String file, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        String[] args = concat(new String[]{"sweep", file, "--replicates", "1", "--out", out.toString()}, SMALL);
        SweepFixtures.Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("summary.csv")));
        List<String> charts = chartNames(out);
        if (file.contains("lhs")) {
            assertTrue(Files.exists(out.resolve("sensitivity.csv")));
            assertTrue(charts.stream().anyMatch(c -> c.startsWith("tornado_")), charts.toString());
        } else {
            assertTrue(charts.stream().anyMatch(c -> c.startsWith("sweep_")), charts.toString());
        }
        if (file.contains("dual")) assertTrue(charts.stream().anyMatch(c -> c.startsWith("heatmap_")), charts.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trials/eliana.yaml", "trials/zuma-1.yaml", "trials/karmma.yaml"})
    void trialRunsAndDrawsItsCharts(String file, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        String[] args = concat(new String[]{"trial", file, "--patients", "4", "--out", out.toString()}, SMALL);
        SweepFixtures.Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        String endpoints = Files.readString(out.resolve("endpoints.csv"));
        assertTrue(endpoints.contains("\norr_infused,"), endpoints);
        assertTrue(Files.readString(out.resolve("report.md")).contains("| Overall response (CR+PR), infused |"));
        List<String> charts = chartNames(out);
        for (String c : List.of("km_relapse_free.png", "waterfall.png", "toxicity_grades.png", "forest_rates.png"))
            assertTrue(charts.contains(c), c + " in " + charts);
    }

    private static List<String> chartNames(Path out) throws Exception {
        try (var s = Files.list(out.resolve("charts"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
