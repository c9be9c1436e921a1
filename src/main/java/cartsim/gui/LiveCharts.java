package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.model.TimeSeries;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * The live time-series charts (MASON chart generators on JFreeChart), fed from the rows the
 * model records (every output interval), so charts cost nothing on the steps in between.
 */
final class LiveCharts {
    final TimeSeriesChartGenerator cells = new TimeSeriesChartGenerator();
    final TimeSeriesChartGenerator cytokines = new TimeSeriesChartGenerator();
    final TimeSeriesChartGenerator escape = new TimeSeriesChartGenerator();
    final List<TimeSeriesChartGenerator> all = List.of(cells, cytokines, escape);
    final JFrame[] frames = new JFrame[3];

    private final XYSeries tumor = new XYSeries("tumor cells", false);
    private final XYSeries cart = new XYSeries("CAR-T cells", false);
    private final XYSeries il6 = new XYSeries("serum IL-6 (pg/mL)", false);
    private final XYSeries crs = new XYSeries("CRS grade", false);
    private final XYSeries negative = new XYSeries("antigen-negative (% of tumor)", false);
    private int rowsShown;

    LiveCharts() {
        setUp(cells, "Tumor vs CAR-T cells (lattice)", "cells (log)");
        cells.setYAxisLogScaled(true);
        line(cells.addSeries(tumor, null), new Color(230, 110, 30));
        line(cells.addSeries(cart, null), new Color(40, 170, 60));

        setUp(cytokines, "Serum IL-6 and CRS grade", "IL-6, pg/mL (log)");
        cytokines.setYAxisLogScaled(true);
        line(cytokines.addSeries(il6, null), new Color(150, 50, 210));
        addGradeAxis(cytokines.getChart().getXYPlot());

        setUp(escape, "Antigen escape", "antigen-negative share of tumor, %");
        line(escape.addSeries(negative, null), new Color(70, 100, 160));
        // without a floor on the range an all-zero series is drawn on a ±1e-9 axis
        NumberAxis share = (NumberAxis) escape.getChart().getXYPlot().getRangeAxis();
        share.setRangeType(org.jfree.data.RangeType.POSITIVE);
        share.setAutoRangeMinimumSize(1.0);
    }

    private static void setUp(TimeSeriesChartGenerator g, String title, String yLabel) {
        g.setTitle(title);
        g.setXAxisLabel("day since infusion");
        g.setYAxisLabel(yLabel);
    }

    private static void line(sim.util.media.chart.SeriesAttributes a, Color c) {
        TimeSeriesAttributes t = (TimeSeriesAttributes) a;
        t.setStrokeColor(c);
        t.setThickness(2);
    }

    /** CRS grade is a 0–4 step on its own right-hand axis, so it stays readable under a log IL-6 axis */
    private void addGradeAxis(XYPlot plot) {
        NumberAxis grade = new NumberAxis("CRS grade");
        grade.setRange(0, 4.2);
        grade.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, grade);
        plot.setDataset(1, new XYSeriesCollection(crs));
        plot.mapDatasetToRangeAxis(1, 1);
        XYStepRenderer r = new XYStepRenderer();
        r.setSeriesPaint(0, new Color(220, 40, 40));
        r.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, r);
    }

    /** creates the chart windows, registered with the Console so they are listed under Displays */
    void createFrames(Controller c) {
        for (int i = 0; i < all.size(); i++) {
            frames[i] = all.get(i).createFrame();
            frames[i].setSize(520, 360);
            c.registerFrame(frames[i]);
        }
    }

    void clear() {
        rowsShown = 0;
        for (XYSeries s : List.of(tumor, cart, il6, crs, negative)) s.clear();
    }

    /** adds rows recorded since the last call; call in the model thread after a step */
    void update(CarTModel m) {
        List<double[]> rows = m.series.rows();
        if (rows.size() == rowsShown) return;
        TimeSeries ts = m.series;
        int day = ts.column("day"), tc = ts.column("tumor_cells"), cc = ts.column("cart_cells"),
                il = ts.column("il6_pg_per_ml"), grade = ts.column("crs_grade"), neg = ts.column("tumor_antigen_negative");
        for (; rowsShown < rows.size(); rowsShown++) {
            double[] r = rows.get(rowsShown);
            double x = r[day];
            // a log axis cannot show zero: an extinct population ends its line instead
            if (r[tc] > 0) tumor.add(x, r[tc], false);
            if (r[cc] > 0) cart.add(x, r[cc], false);
            if (r[il] > 0) il6.add(x, r[il], false);
            crs.add(x, r[grade], false);
            negative.add(x, r[tc] > 0 ? 100 * r[neg] / r[tc] : 0, false);
        }
        crs.fireSeriesChanged(); // the second axis' series is not managed by the generator
        long steps = m.schedule.getSteps();
        for (TimeSeriesChartGenerator g : all) g.updateChartLater(steps);
    }
}
