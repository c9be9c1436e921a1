package cartsim.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;

/** Charts of one simulated patient: the four panels of the run dashboard, from timeseries.csv. */
public final class RunCharts {

    static final String X_LABEL = "Time since infusion (days)";

    /** treatment events drawn as vertical lines, in legend order */
    private static final String[] MARKED_EVENTS = {"infusion", "tocilizumab", "steroids"};

    private final ChartStyle style;

    public RunCharts(ChartStyle style) {
        this.style = style;
    }

    /**
     * Every run chart plus the dashboard. Without timeseries.csv nothing can be drawn, which is
     * reported through {@code notes} rather than failing the whole plot.
     */
    public List<Figure> all(RunResults run, Consumer<String> notes) throws ResultsFormatException {
        if (run.timeseries().isEmpty()) {
            notes.accept("timeseries.csv not found: run charts skipped");
            return List.of();
        }
        CsvTable ts = run.timeseries().get();
        CsvTable events = run.events().orElse(null);
        if (events == null) {
            notes.accept("events.csv not found: treatment markers omitted");
        }
        String label = run.label();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("tumor_vs_cart", tumorVsCart(ts, events, label)));
        figures.add(new Figure("cytokines_crs", cytokinesCrs(ts, label)));
        figures.add(new Figure("tumor_composition", tumorComposition(ts, label)));
        figures.add(new Figure("cart_phenotypes", cartPhenotypes(ts, label)));
        figures.add(new Figure("dashboard", dashboard(ts, events, label)));
        return figures;
    }

    /** the four panels at half size each, under one title */
    public Dashboard dashboard(CsvTable ts, CsvTable events, String label) throws ResultsFormatException {
        int panelW = style.width() / 2;
        int panelH = (style.height() - Dashboard.titleHeight(style)) / 2;
        RunCharts small = new RunCharts(style.panel(panelW, panelH));
        List<JFreeChart> panels = List.of(
                small.tumorVsCart(ts, events, null),
                small.cytokinesCrs(ts, null),
                small.tumorComposition(ts, null),
                small.cartPhenotypes(ts, null));
        return new Dashboard("Run dashboard: " + label, panels, style);
    }

    /** tumor and CAR-T cell counts on a log axis, with treatment events as vertical lines */
    public JFreeChart tumorVsCart(CsvTable ts, CsvTable events, String subtitle) throws ResultsFormatException {
        ts.require("day", "tumor_cells", "cart_cells");
        double[] day = ts.numbers("day");
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(positiveSeries("Tumor cells", day, ts.numbers("tumor_cells")));
        data.addSeries(positiveSeries("CAR-T cells", day, ts.numbers("cart_cells")));
        LogAxis y = style.logAxis("Cells (simulated agents, log scale)");
        XYPlot plot = linePlot(data, y, new Color[]{ChartStyle.VERMILLION, ChartStyle.BLUE});

        LegendItemCollection legend = seriesLegend(data, new Color[]{ChartStyle.VERMILLION, ChartStyle.BLUE});
        if (events != null) {
            events.require("day", "event");
            addEventMarkers(plot, events, legend);
        }
        plot.setFixedLegendItems(legend);
        return finish("Tumor and CAR-T cells", subtitle, plot);
    }

    private void addEventMarkers(XYPlot plot, CsvTable events, LegendItemCollection legend) {
        double[] day = events.numbers("day");
        String[] kind = events.text("event");
        Map<String, Paint> paints = Map.of("infusion", Color.BLACK,
                "tocilizumab", ChartStyle.SKY_BLUE, "steroids", ChartStyle.REDDISH_PURPLE);
        Map<String, Stroke> strokes = Map.of("infusion", style.lineStroke(),
                "tocilizumab", style.dashedStroke(), "steroids", style.dashedStroke());
        Map<String, String> names = Map.of("infusion", "CAR-T infusion",
                "tocilizumab", "Tocilizumab dose", "steroids", "Corticosteroids");
        for (String event : MARKED_EVENTS) {
            boolean any = false;
            for (int i = 0; i < day.length; i++) {
                if (event.equals(kind[i].trim()) && Double.isFinite(day[i])) {
                    ValueMarker m = new ValueMarker(day[i], paints.get(event), strokes.get(event));
                    plot.addDomainMarker(m, Layer.FOREGROUND);
                    any = true;
                }
            }
            if (any) {
                legend.add(Legends.line(names.get(event), paints.get(event), strokes.get(event), style));
            }
        }
    }

    /** serum IL-6 and IFN-γ, with each CRS episode shaded by grade behind the lines */
    public JFreeChart cytokinesCrs(CsvTable ts, String subtitle) throws ResultsFormatException {
        ts.require("day", "il6_pg_per_ml", "ifng_pg_per_ml", "crs_grade");
        double[] day = ts.numbers("day");
        double[] il6 = ts.numbers("il6_pg_per_ml");
        double[] ifng = ts.numbers("ifng_pg_per_ml");
        ValueAxis y = style.valueAxisFor("Serum concentration (pg/mL)", il6, ifng);
        boolean log = y instanceof LogAxis;
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(log ? positiveSeries("IL-6", day, il6) : series("IL-6", day, il6));
        data.addSeries(log ? positiveSeries("IFN-γ", day, ifng) : series("IFN-γ", day, ifng));
        Color[] colours = {ChartStyle.BLUE, ChartStyle.BLUISH_GREEN};
        XYPlot plot = linePlot(data, y, colours);

        LegendItemCollection legend = seriesLegend(data, colours);
        boolean[] gradeShown = addCrsBands(plot, day, ts.numbers("crs_grade"));
        for (int g = 1; g <= 4; g++) {
            if (gradeShown[g]) {
                legend.add(Legends.box("CRS grade " + g, crsPaint(g), style));
            }
        }
        plot.setFixedLegendItems(legend);
        return finish("Serum cytokines and CRS grade", subtitle, plot);
    }

    /** CRS severity runs yellow → dark red so the band darkens as the grade rises */
    static Color crsPaint(int grade) {
        Color[] byGrade = {null, ChartStyle.YELLOW, ChartStyle.ORANGE, ChartStyle.VERMILLION, new Color(140, 30, 30)};
        return ChartStyle.translucent(byGrade[Math.max(1, Math.min(4, grade))], 80);
    }

    /**
     * One interval marker per run of equal non-zero grade; a sample's grade holds until the
     * next sample, so the band extends to the next day value.
     *
     * @return which grades 1–4 appear
     */
    private boolean[] addCrsBands(XYPlot plot, double[] day, double[] grade) {
        boolean[] shown = new boolean[5];
        int i = 0;
        while (i < day.length) {
            int g = gradeAt(grade[i]);
            if (g == 0 || !Double.isFinite(day[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < day.length && gradeAt(grade[j + 1]) == g) {
                j++;
            }
            double end = j + 1 < day.length ? day[j + 1] : day[j];
            if (end <= day[i]) {
                end = day[i] + 0.5; // a single last sample still gets a visible band
            }
            IntervalMarker band = new IntervalMarker(day[i], end, crsPaint(g));
            band.setOutlinePaint(null);
            plot.addDomainMarker(band, Layer.BACKGROUND);
            shown[g] = true;
            i = j + 1;
        }
        return shown;
    }

    private static int gradeAt(double v) {
        return Double.isFinite(v) ? (int) Math.max(0, Math.min(4, Math.round(v))) : 0;
    }

    public JFreeChart tumorComposition(CsvTable ts, String subtitle) throws ResultsFormatException {
        return stacked(ts, "Tumor composition by target antigen", "Tumor cells (simulated)",
                new String[]{"tumor_antigen_positive", "tumor_antigen_low", "tumor_antigen_negative"},
                new String[]{"Antigen-positive", "Antigen-low", "Antigen-negative"},
                new Color[]{ChartStyle.BLUE, ChartStyle.ORANGE, ChartStyle.VERMILLION}, subtitle);
    }

    public JFreeChart cartPhenotypes(CsvTable ts, String subtitle) throws ResultsFormatException {
        return stacked(ts, "CAR-T cell phenotypes", "CAR-T cells (simulated)",
                new String[]{"cart_memory", "cart_effector", "cart_exhausted"},
                new String[]{"Memory", "Effector", "Exhausted"},
                new Color[]{ChartStyle.BLUISH_GREEN, ChartStyle.BLUE, ChartStyle.GREY}, subtitle);
    }

    private JFreeChart stacked(CsvTable ts, String title, String yLabel, String[] columns, String[] names,
                               Color[] colours, String subtitle) throws ResultsFormatException {
        ts.require("day");
        ts.require(columns);
        double[] day = ts.numbers("day");
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int s = 0; s < columns.length; s++) {
            values.put(names[s], ts.numbers(columns[s]));
        }
        // a stacked dataset needs the same x values in every series, so incomplete rows are dropped
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        List<XYSeries> series = new ArrayList<>();
        for (String name : names) {
            series.add(new XYSeries(name, true, false));
        }
        for (int i = 0; i < day.length; i++) {
            if (!Double.isFinite(day[i]) || series.get(0).indexOf(day[i]) >= 0) {
                continue;
            }
            boolean complete = true;
            for (double[] v : values.values()) {
                complete &= Double.isFinite(v[i]);
            }
            if (complete) {
                int s = 0;
                for (double[] v : values.values()) {
                    series.get(s++).add(day[i], Math.max(0, v[i]), false);
                }
            }
        }
        for (XYSeries s : series) {
            data.addSeries(s);
        }
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (int s = 0; s < colours.length; s++) {
            renderer.setSeriesPaint(s, ChartStyle.translucent(colours[s], 220));
        }
        NumberAxis y = new NumberAxis(yLabel);
        NumberAxis x = new NumberAxis(X_LABEL);
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return finish(title, subtitle, plot);
    }

    private XYPlot linePlot(XYSeriesCollection data, ValueAxis y, Color[] colours) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < colours.length; s++) {
            renderer.setSeriesPaint(s, colours[s]);
            renderer.setSeriesStroke(s, style.lineStroke());
        }
        NumberAxis x = new NumberAxis(X_LABEL);
        x.setAutoRangeIncludesZero(false);
        return new XYPlot(data, x, y, renderer);
    }

    private LegendItemCollection seriesLegend(XYSeriesCollection data, Color[] colours) {
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            legend.add(Legends.line(data.getSeriesKey(s).toString(), colours[s], style.lineStroke(), style));
        }
        return legend;
    }

    private JFreeChart finish(String title, String subtitle, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, true);
        if (subtitle != null) {
            chart.addSubtitle(0, new TextTitle(subtitle));
        }
        return style.apply(chart);
    }

    static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, true, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i])) {
                s.add(x[i], Double.isFinite(y[i]) ? (Number) y[i] : null, false);
            }
        }
        return s;
    }

    /** for log axes: zero and negative values become gaps instead of plunging to −∞ */
    static XYSeries positiveSeries(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, true, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i])) {
                s.add(x[i], Double.isFinite(y[i]) && y[i] > 0 ? (Number) y[i] : null, false);
            }
        }
        return s;
    }
}
