package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotterTest {

    @TempDir
    Path tmp;

    @Test
    void runFolderGetsEveryChartInBothFormats() throws Exception {
        Path dir = ResultFixtures.runFolder(tmp);
        List<Path> files = Plotter.plot(dir, "both", 800, 450, n -> { });
        Set<String> expected = new TreeSet<>();
        for (String name : List.of("tumor_vs_cart", "cytokines_crs", "tumor_composition", "cart_phenotypes", "dashboard")) {
            expected.add(name + ".png");
            expected.add(name + ".svg");
        }
        assertEquals(expected, namesIn(dir.resolve("charts")));
        assertEquals(expected.size(), files.size());
        ImageAssertions.assertPng(dir.resolve("charts/dashboard.png"), 800, 450);
        ImageAssertions.assertSvg(dir.resolve("charts/cytokines_crs.svg"), "Serum cytokines and CRS grade");
    }

    @Test
    void sweepFolderGetsLineHeatmapAndTornadoCharts() throws Exception {
        Path dir = ResultFixtures.sweepFolder(tmp);
        Plotter.plot(dir, "png", 1600, 900, n -> { });
        Set<String> expected = new TreeSet<>();
        for (String ep : ResultFixtures.SWEEP_ENDPOINTS) {
            expected.add("sweep_" + ep + ".png");
            expected.add("heatmap_" + ep + ".png");
        }
        expected.add("tornado_best_response_CR.png");
        expected.add("tornado_crs_max_grade.png");
        assertEquals(expected, namesIn(dir.resolve("charts")));
        ImageAssertions.assertPng(dir.resolve("charts/heatmap_best_response_CR.png"), 1600, 900);
    }

    @Test
    void trialFolderGetsSurvivalWaterfallToxicityAndForest() throws Exception {
        Path dir = ResultFixtures.trialFolder(tmp);
        Plotter.plot(dir, "svg", 1600, 900, n -> { });
        assertEquals(Set.of("km_relapse_free.svg", "waterfall.svg", "toxicity_grades.svg", "forest_rates.svg",
                "forest_other.svg"), namesIn(dir.resolve("charts")));
        ImageAssertions.assertSvg(dir.resolve("charts/km_relapse_free.svg"), "At risk");
    }

    @Test
    void missingOptionalFilesAreNotedNotFatal() throws Exception {
        Path dir = ResultFixtures.trialFolder(tmp);
        Files.delete(dir.resolve("km.csv"));
        Files.delete(dir.resolve("endpoints.csv"));
        List<String> notes = new ArrayList<>();
        List<Path> files = Plotter.plot(dir, "png", 1600, 900, notes::add);
        assertEquals(2, files.size());
        assertEquals(2, notes.size(), notes.toString());
    }

    @Test
    void badFoldersFailWithOneLineMessages() throws Exception {
        ResultsFormatException none = assertThrows(ResultsFormatException.class,
                () -> Plotter.plot(tmp.resolve("nope"), "png", 1600, 900));
        assertTrue(none.getMessage().startsWith("no such folder"), none.getMessage());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ResultsFormatException noManifest = assertThrows(ResultsFormatException.class,
                () -> Plotter.plot(empty, "png", 1600, 900));
        assertTrue(noManifest.getMessage().contains("no manifest.json"), noManifest.getMessage());

        Files.writeString(empty.resolve("manifest.json"), "{\"kind\":\"banana\"}");
        ResultsFormatException badKind = assertThrows(ResultsFormatException.class,
                () -> Plotter.plot(empty, "png", 1600, 900));
        assertTrue(badKind.getMessage().contains("unknown kind"), badKind.getMessage());

        Files.writeString(empty.resolve("manifest.json"), "{\"kind\":");
        assertThrows(ResultsFormatException.class, () -> Plotter.plot(empty, "png", 1600, 900));
    }

    private static Set<String> namesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
