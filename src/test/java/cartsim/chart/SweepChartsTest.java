package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepChartsTest {

    @TempDir
    Path tmp;
    SweepResults sweep;
    SweepCharts charts = new SweepCharts(ChartStyle.defaults());

    @BeforeEach
    void setUp() throws Exception {
        sweep = SweepResults.read(ResultFixtures.sweepFolder(tmp));
    }

    @Test
    void variedParametersAndDefaultEndpoints() throws Exception {
        CsvTable summary = sweep.summary().get();
        assertEquals(List.of("cart.dose_per_kg", "cart.costim"), SweepResults.variedParameters(summary));
        assertEquals(List.of(ResultFixtures.SWEEP_ENDPOINTS), SweepCharts.defaultEndpoints(SweepCharts.endpointsIn(summary)));
        assertEquals(List.of("a", "b", "c"), SweepCharts.defaultEndpoints(List.of("a", "b", "c", "d")));
    }

    @Test
    void endpointVsParameterHasOneLinePerSecondParameterWithCIs() throws Exception {
        JFreeChart c = charts.endpointVsParameter(sweep.summary().get(), "best_response_CR",
                "cart.dose_per_kg", "cart.costim");
        assertEquals("Complete response vs cart.dose_per_kg", c.getTitle().getText());
        XYPlot p = c.getXYPlot();
        IntervalXYDataset d = (IntervalXYDataset) p.getDataset();
        assertEquals(ResultFixtures.COSTIM.length, d.getSeriesCount());
        assertEquals("cart.costim = CD28", d.getSeriesKey(0));
        assertEquals(ResultFixtures.DOSES.length, d.getItemCount(0));
        // rates are shown in percent, with the Wilson interval around the mean
        assertEquals(15.0, d.getYValue(0, 0), 1e-6);
        assertTrue(d.getStartYValue(0, 0) < d.getYValue(0, 0) && d.getEndYValue(0, 0) > d.getYValue(0, 0));
        assertEquals("Complete response (% of runs)", p.getRangeAxis().getLabel());
        assertInstanceOf(LogAxis.class, p.getDomainAxis(), "doses spanning 2 decades use a log axis");
    }

    @Test
    void singleParameterSweepHasOneLine() throws Exception {
        SweepResults one = SweepResults.read(ResultFixtures.sweepOneParameter(tmp));
        List<String> notes = new ArrayList<>();
        List<Figure> figures = charts.all(one, notes::add);
        assertEquals(List.of("sweep_best_response_CR", "sweep_crs_max_grade"), figures.stream().map(Figure::name).toList());
        XYPlot p = ((JFreeChart) figures.get(1).drawable()).getXYPlot();
        assertEquals(1, p.getDataset().getSeriesCount());
        assertEquals(ResultFixtures.DOSES.length, p.getDataset().getItemCount(0));
        assertEquals("Maximum CRS grade (0–4)", p.getRangeAxis().getLabel());
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void heatmapCoversTheGridWithAColourLegend() throws Exception {
        JFreeChart c = charts.heatmap(sweep.summary().get(), "crs_max_grade", "cart.dose_per_kg", "cart.costim");
        XYPlot p = c.getXYPlot();
        XYZDataset d = (XYZDataset) p.getDataset();
        assertEquals(ResultFixtures.DOSES.length * ResultFixtures.COSTIM.length, d.getItemCount(0));
        SymbolAxis x = (SymbolAxis) p.getDomainAxis();
        assertEquals("cart.dose_per_kg", x.getLabel());
        assertEquals("10⁵", x.getSymbols()[0]);
        assertEquals("cart.costim", p.getRangeAxis().getLabel());
        PaintScaleLegend legend = null;
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof PaintScaleLegend l) {
                legend = l;
            }
        }
        assertTrue(legend != null, "heat map has a colour legend");
        assertEquals("Maximum CRS grade (0–4)", legend.getAxis().getLabel());
        assertEquals(12, p.getAnnotations().size(), "each cell is labelled with its value");
    }

    @Test
    void tornadoSortsByAbsolutePrcc() throws Exception {
        JFreeChart c = charts.tornado(sweep.sensitivity().get(), "best_response_CR");
        assertEquals("Sensitivity of Complete response (PRCC)", c.getTitle().getText());
        CategoryPlot p = c.getCategoryPlot();
        List<?> order = p.getDataset().getColumnKeys();
        assertEquals(List.of("cart.kill_probability", "cart.dose_per_kg", "tumor.antigen_loss_rate",
                "cart.exhaustion_rate", "tumor.growth_rate", "myeloid.il6_secretion"), order);
        assertEquals(-0.48, p.getDataset().getValue("Negative PRCC", "tumor.antigen_loss_rate").doubleValue(), 1e-9);
        assertEquals("Partial rank correlation coefficient (PRCC)", p.getRangeAxis().getLabel());
    }

    @Test
    void allWritesLineHeatmapAndTornadoFigures() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> names = charts.all(sweep, notes::add).stream().map(Figure::name).toList();
        for (String ep : ResultFixtures.SWEEP_ENDPOINTS) {
            assertTrue(names.contains("sweep_" + ep), names.toString());
            assertTrue(names.contains("heatmap_" + ep), names.toString());
        }
        assertTrue(names.containsAll(List.of("tornado_best_response_CR", "tornado_crs_max_grade")), names.toString());
        assertTrue(notes.isEmpty(), notes.toString());
    }
}
