package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartStyleAndExportTest {

    @TempDir
    Path tmp;

    @Test
    void fontsScaleWithImageSize() {
        ChartStyle full = ChartStyle.defaults();
        assertEquals(28, full.titleFont().getSize());
        assertEquals(22, full.axisLabelFont().getSize());
        assertEquals(18, full.tickFont().getSize());
        assertEquals(56, new ChartStyle(3200, 1800).titleFont().getSize());
        // a dashboard panel shrinks text less than its area would suggest
        assertTrue(full.panel(800, 420).titleFont().getSize() >= 19);
        assertThrows(IllegalArgumentException.class, () -> new ChartStyle(20, 900));
    }

    @Test
    void formatParsing() {
        assertEquals(ExportFormat.BOTH, ExportFormat.parse("Both"));
        assertEquals(List.of("svg"), ExportFormat.parse("svg").extensions());
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("pdf"));
    }

    @Test
    void writesPngAndSvgOfRequestedSizeWithoutLeavingTempFiles() throws Exception {
        Path run = ResultFixtures.runFolder(tmp);
        JFreeChart chart = new RunCharts(new ChartStyle(1200, 700))
                .tumorVsCart(RunResults.read(run).timeseries().get(), null, "test");
        Path out = tmp.resolve("out");
        List<Path> files = ChartExport.write(chart, out, "tumor_vs_cart", ExportFormat.BOTH, 1200, 700);
        assertEquals(List.of(out.resolve("tumor_vs_cart.png"), out.resolve("tumor_vs_cart.svg")), files);
        ImageAssertions.assertPng(files.get(0), 1200, 700);
        ImageAssertions.assertSvg(files.get(1), "Tumor and CAR-T cells");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(2, s.count(), "only the two images remain, no temporary files");
        }
    }
}
