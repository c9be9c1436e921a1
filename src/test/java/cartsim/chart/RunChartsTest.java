package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {

    @TempDir
    Path tmp;
    RunResults run;
    RunCharts charts = new RunCharts(ChartStyle.defaults());

    @BeforeEach
    void setUp() throws Exception {
        run = RunResults.read(ResultFixtures.runFolder(tmp));
    }

    @Test
    void tumorVsCartHasLogAxisAndTreatmentMarkers() throws Exception {
        JFreeChart c = charts.tumorVsCart(run.timeseries().get(), run.events().get(), run.label());
        assertEquals("Tumor and CAR-T cells", c.getTitle().getText());
        XYPlot p = c.getXYPlot();
        assertSeries(p.getDataset(), "Tumor cells", "CAR-T cells");
        assertEquals(ResultFixtures.TIMESERIES_ROWS, p.getDataset().getItemCount(0));
        assertInstanceOf(LogAxis.class, p.getRangeAxis());
        assertTrue(p.getRangeAxis().getLabel().contains("log scale"));
        assertEquals("Time since infusion (days)", p.getDomainAxis().getLabel());
        // infusion + 2 tocilizumab + 1 steroids; lymphodepletion, CRS onset and relapse are not drawn
        assertEquals(4, markers(p, Layer.FOREGROUND, ValueMarker.class).size());
        List<String> legend = legendLabels(p);
        assertTrue(legend.containsAll(List.of("CAR-T infusion", "Tocilizumab dose", "Corticosteroids")), legend.toString());
        assertEquals("axicel_dlbcl · seed 42 · best response CR", ((TextTitle) c.getSubtitle(0)).getText());
    }

    @Test
    void tumorVsCartWithoutEventsHasNoMarkers() throws Exception {
        JFreeChart c = charts.tumorVsCart(run.timeseries().get(), null, null);
        assertEquals(0, markers(c.getXYPlot(), Layer.FOREGROUND, ValueMarker.class).size());
    }

    @Test
    void cytokinesShowCrsEpisodesAsBands() throws Exception {
        JFreeChart c = charts.cytokinesCrs(run.timeseries().get(), null);
        assertEquals("Serum cytokines and CRS grade", c.getTitle().getText());
        XYPlot p = c.getXYPlot();
        assertSeries(p.getDataset(), "IL-6", "IFN-γ");
        assertEquals("Serum concentration (pg/mL)", p.getRangeAxis().getLabel());
        List<IntervalMarker> bands = markers(p, Layer.BACKGROUND, IntervalMarker.class);
        assertEquals(ResultFixtures.CRS_EPISODES, bands.size());
        assertEquals(2.0, bands.get(0).getStartValue(), 1e-9);
        assertEquals(4.0, bands.get(0).getEndValue(), 1e-9);
        assertTrue(legendLabels(p).containsAll(List.of("CRS grade 1", "CRS grade 2", "CRS grade 3")));
        assertTrue(!legendLabels(p).contains("CRS grade 4"), "grades that never occur are not in the legend");
    }

    @Test
    void stackedCompositionCharts() throws Exception {
        JFreeChart tumor = charts.tumorComposition(run.timeseries().get(), null);
        assertEquals("Tumor composition by target antigen", tumor.getTitle().getText());
        assertSeries(tumor.getXYPlot().getDataset(), "Antigen-positive", "Antigen-low", "Antigen-negative");
        assertEquals(ResultFixtures.TIMESERIES_ROWS, tumor.getXYPlot().getDataset().getItemCount(2));
        assertEquals("Tumor cells (simulated)", tumor.getXYPlot().getRangeAxis().getLabel());

        JFreeChart cart = charts.cartPhenotypes(run.timeseries().get(), null);
        assertEquals("CAR-T cell phenotypes", cart.getTitle().getText());
        assertSeries(cart.getXYPlot().getDataset(), "Memory", "Effector", "Exhausted");
        assertEquals("CAR-T cells (simulated)", cart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void allFiguresIncludeDashboardAndExportCleanly() throws Exception {
        List<String> notes = new ArrayList<>();
        List<Figure> figures = charts.all(run, notes::add);
        assertEquals(List.of("tumor_vs_cart", "cytokines_crs", "tumor_composition", "cart_phenotypes", "dashboard"),
                figures.stream().map(Figure::name).toList());
        assertTrue(notes.isEmpty(), notes.toString());
        Dashboard d = (Dashboard) figures.get(4).drawable();
        assertEquals(4, d.panels().size());
        List<Path> files = ChartExport.write(d, tmp.resolve("charts"), "dashboard", ExportFormat.BOTH, 1600, 900);
        ImageAssertions.assertPng(files.get(0), 1600, 900);
        ImageAssertions.assertSvg(files.get(1), "Run dashboard: axicel_dlbcl");
        ImageAssertions.assertSvg(files.get(1), "CAR-T cell phenotypes");
    }

    @Test
    void missingTimeseriesSkipsWithNote() throws Exception {
        Path dir = ResultFixtures.runFolder(tmp.resolve("other"));
        Files.delete(dir.resolve("timeseries.csv"));
        List<String> notes = new ArrayList<>();
        assertTrue(charts.all(RunResults.read(dir), notes::add).isEmpty());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("timeseries.csv"));
    }

    static void assertSeries(XYDataset data, String... names) {
        assertEquals(names.length, data.getSeriesCount());
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], data.getSeriesKey(i));
        }
    }

    static List<String> legendLabels(XYPlot p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.getLegendItems().getItemCount(); i++) {
            out.add(p.getLegendItems().get(i).getLabel());
        }
        return out;
    }

    static <T> List<T> markers(XYPlot p, Layer layer, Class<T> type) {
        Collection<?> all = p.getDomainMarkers(layer);
        List<T> out = new ArrayList<>();
        if (all != null) {
            for (Object o : all) {
                if (type.isInstance(o)) {
                    out.add(type.cast(o));
                }
            }
        }
        return out;
    }
}
