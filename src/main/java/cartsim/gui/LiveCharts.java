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
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The live time-series charts (MASON chart generators on JFreeChart), fed from the rows the
 * model records (every output interval), so charts cost nothing on the steps in between. In
 * compare mode each chart overlays both runs: the same colour per quantity, run A solid and
 * run B dashed, each series named after its scenario.
 */
final class LiveCharts {
    final TimeSeriesChartGenerator cells = new TimeSeriesChartGenerator();
    final TimeSeriesChartGenerator cytokines = new TimeSeriesChartGenerator();
    final TimeSeriesChartGenerator escape = new TimeSeriesChartGenerator();
    final List<TimeSeriesChartGenerator> all = List.of(cells, cytokines, escape);
    final JFrame[] frames = new JFrame[3];
    /** height of a chart window's tool bar and borders */
    static final int FRAME_CHROME_H = 48;

    private static final Color TUMOR = new Color(230, 110, 30), CART = new Color(40, 170, 60),
            IL6 = new Color(150, 50, 210), CRS = new Color(220, 40, 40), NEGATIVE = new Color(70, 100, 160);
    private final XYSeriesCollection crsData = new XYSeriesCollection();
    private final XYStepRenderer crsRenderer = new XYStepRenderer();
    private final List<RunSeries> runs = new ArrayList<>();

    /** one run's lines */
    private static final class RunSeries {
        final XYSeries tumor, cart, il6, crs, negative;
        int rowsShown;

        RunSeries(String suffix) {
            tumor = new XYSeries("tumor cells" + suffix, false);
            cart = new XYSeries("CAR-T cells" + suffix, false);
            il6 = new XYSeries("serum IL-6 (pg/mL)" + suffix, false);
            crs = new XYSeries("CRS grade" + suffix, false);
            negative = new XYSeries("antigen-negative (% of tumor)" + suffix, false);
        }

        List<XYSeries> all() {
            return List.of(tumor, cart, il6, crs, negative);
        }
    }

    LiveCharts() {
        setUp(cells, "Tumor vs CAR-T cells (lattice)", "cells (log)");
        cells.setYAxisLogScaled(true);
        setUp(cytokines, "Serum IL-6 and CRS grade", "IL-6, pg/mL (log)");
        cytokines.setYAxisLogScaled(true);
        addGradeAxis(cytokines.getChart().getXYPlot());
        setUp(escape, "Antigen escape", "antigen-negative share of tumor, %");
        // without a floor on the range an all-zero series is drawn on a ±1e-9 axis
        NumberAxis share = (NumberAxis) escape.getChart().getXYPlot().getRangeAxis();
        share.setRangeType(org.jfree.data.RangeType.POSITIVE);
        share.setAutoRangeMinimumSize(1.0);
        setRuns(List.of(""));
        for (TimeSeriesChartGenerator g : all) compactFonts(g.getChart());
    }

    /** chart windows share a screen row with two others: smaller type than MASON's leaves the plot its room */
    private static void compactFonts(org.jfree.chart.JFreeChart chart) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        if (chart.getLegend() != null) chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        XYPlot plot = chart.getXYPlot();
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 12), ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) == null) continue;
            plot.getRangeAxis(i).setLabelFont(label);
            plot.getRangeAxis(i).setTickLabelFont(ticks);
        }
        plot.getDomainAxis().setLabelFont(label);
        plot.getDomainAxis().setTickLabelFont(ticks);
    }

    /**
     * One set of lines per run; {@code labels} name the runs in the series names (one empty
     * label: a single run, no suffix). Call on the Swing thread while no run is playing.
     */
    void setRuns(List<String> labels) {
        for (TimeSeriesChartGenerator g : all) g.removeAllSeries();
        crsData.removeAllSeries();
        runs.clear();
        for (int i = 0; i < labels.size(); i++) {
            String suffix = labels.get(i).isEmpty() ? "" : " — " + labels.get(i);
            RunSeries r = new RunSeries(suffix);
            runs.add(r);
            int dash = i == 0 ? TimeSeriesAttributes.PATTERN_SOLID : TimeSeriesAttributes.PATTERN_DASH;
            line(cells.addSeries(r.tumor, null), TUMOR, dash);
            line(cells.addSeries(r.cart, null), CART, dash);
            line(cytokines.addSeries(r.il6, null), IL6, dash);
            line(escape.addSeries(r.negative, null), NEGATIVE, dash);
            crsData.addSeries(r.crs);
            crsRenderer.setSeriesPaint(i, CRS);
            crsRenderer.setSeriesStroke(i, i == 0 ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{8f, 6f}, 0f));
        }
    }

    private static void setUp(TimeSeriesChartGenerator g, String title, String yLabel) {
        g.setTitle(title);
        g.setXAxisLabel("day since infusion");
        g.setYAxisLabel(yLabel);
    }

    private static void line(sim.util.media.chart.SeriesAttributes a, Color c, int dash) {
        TimeSeriesAttributes t = (TimeSeriesAttributes) a;
        t.setStrokeColor(c);
        t.setThickness(2);
        t.setDashPattern(dash);
    }

    /** CRS grade is a 0–4 step on its own right-hand axis, so it stays readable under a log IL-6 axis */
    private void addGradeAxis(XYPlot plot) {
        NumberAxis grade = new NumberAxis("CRS grade");
        grade.setRange(0, 4.2);
        grade.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, grade);
        plot.setDataset(1, crsData);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, crsRenderer);
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
        for (RunSeries r : runs) {
            r.rowsShown = 0;
            for (XYSeries s : r.all()) s.clear();
        }
    }

    /** adds the rows run {@code run} recorded since the last call; call in the model thread after a step */
    void update(int run, CarTModel m) {
        if (run >= runs.size()) return;
        RunSeries s = runs.get(run);
        List<double[]> rows = m.series.rows();
        if (rows.size() == s.rowsShown) return;
        if (rows.size() < s.rowsShown) { // the run restarted
            s.rowsShown = 0;
            for (XYSeries x : s.all()) x.clear();
        }
        TimeSeries ts = m.series;
        int day = ts.column("day"), tc = ts.column("tumor_cells"), cc = ts.column("cart_cells"),
                il = ts.column("il6_pg_per_ml"), grade = ts.column("crs_grade"), neg = ts.column("tumor_antigen_negative");
        for (; s.rowsShown < rows.size(); s.rowsShown++) {
            double[] r = rows.get(s.rowsShown);
            double x = r[day];
            // a log axis cannot show zero: an extinct population ends its line instead
            if (r[tc] > 0) s.tumor.add(x, r[tc], false);
            if (r[cc] > 0) s.cart.add(x, r[cc], false);
            if (r[il] > 0) s.il6.add(x, r[il], false);
            s.crs.add(x, r[grade], false);
            s.negative.add(x, r[tc] > 0 ? 100 * r[neg] / r[tc] : 0, false);
        }
        s.crs.fireSeriesChanged(); // the second axis' series is not managed by the generator
        long steps = m.schedule.getSteps();
        for (TimeSeriesChartGenerator g : all) g.updateChartLater(steps);
    }
}
