package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialChartsTest {

    @TempDir
    Path tmp;
    TrialResults trial;
    TrialCharts charts = new TrialCharts(ChartStyle.defaults());

    @BeforeEach
    void setUp() throws Exception {
        trial = TrialResults.read(ResultFixtures.trialFolder(tmp));
    }

    @Test
    void kaplanMeierHasStepCurveCensorMarksAndAtRiskRow() throws Exception {
        JFreeChart c = charts.kaplanMeier(trial.km().get());
        assertEquals("Relapse-free survival (Kaplan–Meier)", c.getTitle().getText());
        XYPlot p = c.getXYPlot();
        assertEquals(3, p.getDataset(0).getSeriesCount(), "curve and its two CI bounds");
        assertEquals(7, p.getDataset(0).getItemCount(0));
        assertEquals(100.0, p.getDataset(0).getYValue(0, 0), 1e-9);
        assertEquals("Censored", p.getDataset(1).getSeriesKey(0));
        assertEquals(6, p.getDataset(1).getItemCount(0));
        assertEquals("Relapse-free survival (%)", p.getRangeAxis().getLabel());
        AtRiskAxis x = assertInstanceOf(AtRiskAxis.class, p.getDomainAxis());
        assertEquals("Time since infusion (days)", x.getLabel());
        assertEquals(32, x.atRiskAt(0));
        assertEquals(28, x.atRiskAt(45));
        assertEquals(7, x.atRiskAt(365));
        assertEquals(0, x.atRiskAt(400));
    }

    @Test
    void waterfallIsSortedAndColouredByResponse() throws Exception {
        JFreeChart c = charts.waterfall(trial.patients().get());
        CategoryDataset d = c.getCategoryPlot().getDataset();
        assertEquals(List.of("CR", "PR", "SD", "PD"), d.getRowKeys());
        assertEquals(ResultFixtures.TRIAL_INFUSED, d.getColumnCount(), "non-infused patients are excluded");
        double previous = Double.POSITIVE_INFINITY;
        for (int col = 0; col < d.getColumnCount(); col++) {
            double v = Double.NaN;
            for (int row = 0; row < d.getRowCount(); row++) {
                if (d.getValue(row, col) != null) {
                    v = d.getValue(row, col).doubleValue();
                }
            }
            assertTrue(v <= previous && v <= TrialCharts.WATERFALL_CAP_PCT, "sorted and capped at column " + col);
            previous = v;
        }
        assertEquals("Best change in tumor burden from baseline (%)", c.getCategoryPlot().getRangeAxis().getLabel());
    }

    @Test
    void gradeDistributionIsPercentOfInfusedPatients() throws Exception {
        JFreeChart c = charts.gradeDistribution(trial.patients().get());
        CategoryPlot p = c.getCategoryPlot();
        CategoryDataset d = p.getDataset();
        assertEquals(List.of("CRS", "ICANS"), d.getRowKeys());
        assertEquals(List.of("Grade 0", "Grade 1", "Grade 2", "Grade 3", "Grade 4"), d.getColumnKeys());
        for (int row = 0; row < 2; row++) {
            double sum = 0;
            for (int col = 0; col < 5; col++) {
                sum += d.getValue(row, col).doubleValue();
            }
            assertEquals(100, sum, 1e-9);
        }
        assertEquals(0.0, d.getValue("CRS", "Grade 0").doubleValue(), 1e-9, "patients 5, 10, … are not infused");
        assertEquals("Patients (%)", p.getRangeAxis().getLabel());
    }

    @Test
    void forestSplitsRatesFromOtherMetricsAndShowsPublishedValues() throws Exception {
        List<Figure> figures = new ForestChart(ChartStyle.defaults()).figures(trial.endpoints().get());
        assertEquals(List.of("forest_rates", "forest_other"), figures.stream().map(Figure::name).toList());
        XYPlot rates = ((JFreeChart) figures.get(0).drawable()).getXYPlot();
        assertEquals(3, rates.getDataset(0).getItemCount(0));
        // the first metric (orr, 82%) is drawn on the top row, y = 2
        double orr = Double.NaN;
        for (int i = 0; i < 3; i++) {
            if (rates.getDataset(0).getYValue(0, i) == 2) {
                orr = rates.getDataset(0).getXValue(0, i);
            }
        }
        assertEquals(82.0, orr, 1e-9);
        assertEquals("Published", rates.getDataset(1).getSeriesKey(0));
        assertEquals(3, rates.getDataset(1).getItemCount(0));
        assertEquals("Patients (%)", rates.getDomainAxis().getLabel());
        XYPlot other = ((JFreeChart) figures.get(1).drawable()).getXYPlot();
        assertEquals(1, other.getDataset(0).getItemCount(0));
        assertEquals(0, other.getDataset(1).getItemCount(0), "no published median RFS");
    }

    @Test
    void allFiguresAndNotesForMissingFiles() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> names = charts.all(trial, notes::add).stream().map(Figure::name).toList();
        assertEquals(List.of("km_relapse_free", "waterfall", "toxicity_grades", "forest_rates", "forest_other"), names);
        assertTrue(notes.isEmpty(), notes.toString());

        TrialResults onlyKm = new TrialResults(java.util.Optional.empty(), java.util.Optional.empty(),
                trial.km(), trial.manifest());
        assertEquals(List.of("km_relapse_free"),
                charts.all(onlyKm, notes::add).stream().map(Figure::name).toList());
        assertEquals(2, notes.size(), notes.toString());
    }
}
