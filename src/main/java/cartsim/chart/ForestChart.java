package cartsim.chart;

import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Forest plot of simulated trial endpoints (point and 95% CI) beside published values.
 * Proportions and other metrics get separate charts: a shared axis for "% CR" and "median days"
 * would make one of them unreadable.
 */
final class ForestChart {

    /** the published marker sits a little below its row so it never hides the simulated point */
    private static final double PUBLISHED_OFFSET = 0.22;

    private final ChartStyle style;

    ForestChart(ChartStyle style) {
        this.style = style;
    }

    List<Figure> figures(CsvTable endpoints) throws ResultsFormatException {
        endpoints.require("metric", "value", "ci_low", "ci_high");
        List<Integer> rates = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        double[] v = endpoints.numbers("value");
        double[] lo = endpoints.numbers("ci_low");
        double[] hi = endpoints.numbers("ci_high");
        double[] pub = published(endpoints);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i]) && !Double.isFinite(pub[i])) {
                continue;
            }
            boolean proportion = unit(v[i]) && unit(lo[i]) && unit(hi[i]) && unit(pub[i]);
            (proportion ? rates : others).add(i);
        }
        List<Figure> figures = new ArrayList<>();
        if (!rates.isEmpty()) {
            figures.add(new Figure("forest_rates", forest(endpoints, rates, true)));
        }
        if (!others.isEmpty()) {
            figures.add(new Figure("forest_other", forest(endpoints, others, false)));
        }
        return figures;
    }

    private static boolean unit(double x) {
        return !Double.isFinite(x) || (x >= 0 && x <= 1);
    }

    private static double[] published(CsvTable endpoints) {
        if (endpoints.has("published")) {
            return endpoints.numbers("published");
        }
        double[] none = new double[endpoints.rowCount()];
        java.util.Arrays.fill(none, Double.NaN);
        return none;
    }

    /** @param rows row indices of endpoints.csv, drawn top to bottom in file order */
    JFreeChart forest(CsvTable endpoints, List<Integer> rows, boolean proportions) {
        String[] metric = endpoints.text("metric");
        double[] v = endpoints.numbers("value");
        double[] lo = endpoints.numbers("ci_low");
        double[] hi = endpoints.numbers("ci_high");
        double[] pub = published(endpoints);
        double f = proportions ? 100 : 1;
        int n = rows.size();
        String[] labels = new String[n];
        XIntervalSeries simulated = new XIntervalSeries("Simulated (95% CI)");
        XYSeries published = new XYSeries("Published", false, true);
        double minPos = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            int i = rows.get(k);
            double y = n - 1 - k; // first metric on top
            labels[n - 1 - k] = metric[i].trim().replace('_', ' ');
            if (Double.isFinite(v[i])) {
                double l = Double.isFinite(lo[i]) ? lo[i] : v[i];
                double h = Double.isFinite(hi[i]) ? hi[i] : v[i];
                simulated.add(v[i] * f, l * f, h * f, y);
                for (double x : new double[]{v[i], l, h}) {
                    if (x > 0) {
                        minPos = Math.min(minPos, x);
                    }
                    max = Math.max(max, x);
                }
            }
            if (Double.isFinite(pub[i])) {
                published.add(pub[i] * f, y - PUBLISHED_OFFSET);
                if (pub[i] > 0) {
                    minPos = Math.min(minPos, pub[i]);
                }
                max = Math.max(max, pub[i]);
            }
        }
        XIntervalSeriesCollection simData = new XIntervalSeriesCollection();
        simData.addSeries(simulated);
        XYErrorRenderer sim = new XYErrorRenderer();
        sim.setDrawYError(false);
        sim.setDrawXError(true);
        sim.setBaseLinesVisible(false);
        sim.setCapLength(style.px(12));
        sim.setErrorStroke(style.lineStroke());
        double d = style.px(16);
        Shape dot = new Ellipse2D.Double(-d / 2, -d / 2, d, d);
        sim.setSeriesShape(0, dot);
        sim.setSeriesPaint(0, ChartStyle.BLUE);

        // log scale when non-proportion metrics span orders of magnitude (days vs cells/µL)
        boolean log = !proportions && Double.isFinite(minPos) && max / minPos >= 100
                && allPositive(v, lo, hi, pub, rows);
        ValueAxis x = log ? style.logAxis("Value (unit as in metric name, log scale)")
                : new NumberAxis(proportions ? "Patients (%)" : "Value (unit as in metric name)");
        if (x instanceof NumberAxis na) {
            na.setAutoRangeIncludesZero(proportions);
        }
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        y.setRange(-0.7, n - 0.4);
        XYPlot plot = new XYPlot(simData, x, y, sim);

        XYLineAndShapeRenderer pubRenderer = new XYLineAndShapeRenderer(false, true);
        Shape diamond = diamond(style.px(11));
        pubRenderer.setSeriesShape(0, diamond);
        pubRenderer.setSeriesPaint(0, ChartStyle.VERMILLION);
        pubRenderer.setSeriesShapesFilled(0, true);
        plot.setDataset(1, new XYSeriesCollection(published));
        plot.setRenderer(1, pubRenderer);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.marker("Simulated (95% CI)", dot, ChartStyle.BLUE, true, style));
        if (published.getItemCount() > 0) {
            legend.add(Legends.marker("Published", diamond, ChartStyle.VERMILLION, true, style));
        }
        plot.setFixedLegendItems(legend);
        String title = proportions ? "Trial endpoints: simulated vs published (rates)"
                : "Trial endpoints: simulated vs published";
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, true);
        chart.addSubtitle(0, new TextTitle("Point estimate with 95% CI; ◆ published value"));
        style.apply(chart);
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    private static boolean allPositive(double[] v, double[] lo, double[] hi, double[] pub, List<Integer> rows) {
        for (int i : rows) {
            for (double x : new double[]{v[i], lo[i], hi[i], pub[i]}) {
                if (Double.isFinite(x) && x <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    static Shape diamond(double half) {
        GeneralPath p = new GeneralPath();
        p.moveTo(0, -half);
        p.lineTo(half, 0);
        p.lineTo(0, half);
        p.lineTo(-half, 0);
        p.closePath();
        return p;
    }
}
