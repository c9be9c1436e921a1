package cartsim.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a calibration in the trial charts' style: the fit as the trial forest plot
 * (simulated with 95% CI beside published, one row per target metric), the convergence of the
 * loss, and pairwise scatter plots of the posterior sample.
 */
public final class CalibrationCharts {
    /** one row of the fit: "target metric", simulated value and CI, published value (NaN: none) */
    public record FitRow(String label, double value, double low, double high, double published) {}

    private final ChartStyle style;

    public CalibrationCharts(ChartStyle style) {
        this.style = style;
    }

    /** the forest charts of the fit (rates and other metrics apart, as for trials) */
    public List<Figure> fit(List<FitRow> rows) throws ResultsFormatException {
        StringBuilder csv = new StringBuilder("metric,value,ci_low,ci_high,published\n");
        for (FitRow r : rows) {
            csv.append(cell(r.label())).append(',').append(num(r.value())).append(',').append(num(r.low())).append(',')
                    .append(num(r.high())).append(',').append(num(r.published())).append('\n');
        }
        List<Figure> figures = new ForestChart(style).figures(CsvTable.parse("fit", csv.toString()));
        for (Figure f : figures) {
            if (f.drawable() instanceof JFreeChart c) {
                c.setTitle(f.name().endsWith("rates") ? "Calibration fit: best evaluation vs published (rates)"
                        : "Calibration fit: best evaluation vs published");
                style.apply(c);
            }
        }
        return figures.stream().map(f -> new Figure(f.name().replace("forest", "fit"), f.drawable())).toList();
    }

    /** every evaluation's loss and the best so far, against the evaluation number */
    public JFreeChart convergence(double[] loss) {
        XYSeries each = new XYSeries("Loss of each evaluation", false, true);
        XYSeries best = new XYSeries("Best so far", false, true);
        double b = Double.POSITIVE_INFINITY;
        for (int i = 0; i < loss.length; i++) {
            each.add(i, loss[i]);
            b = Math.min(b, loss[i]);
            best.add(i, b);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(each);
        data.addSeries(best);
        ValueAxis y = style.valueAxisFor("Loss", loss);
        if (y instanceof NumberAxis na) {
            na.setAutoRangeIncludesZero(true);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        double d = style.px(10);
        r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setSeriesPaint(0, ChartStyle.translucent(ChartStyle.BLUE, 140));
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, ChartStyle.VERMILLION);
        r.setSeriesStroke(1, style.lineStroke());
        XYPlot plot = new XYPlot(data, new NumberAxis("Evaluation"), y, r);
        JFreeChart chart = new JFreeChart("Calibration: loss by evaluation", style.titleFont(), plot, true);
        chart.addSubtitle(0, new TextTitle("Σ weight × (simulated − published)² over the target metrics"));
        return style.apply(chart);
    }

    /** the weighted posterior sample of two parameters; marker area follows the weight */
    public JFreeChart pair(String xName, String yName, double[] x, double[] y, double[] weight) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double max = 0;
        for (double w : weight) max = Math.max(max, w);
        // one series per particle so each gets its own marker size
        for (int i = 0; i < x.length; i++) {
            XYSeries s = new XYSeries("p" + i, false, true);
            s.add(x[i], y[i]);
            data.addSeries(s);
            double d = style.px(8 + 22 * Math.sqrt(max > 0 ? weight[i] / max : 1));
            Shape dot = new Ellipse2D.Double(-d / 2, -d / 2, d, d);
            r.setSeriesShape(i, dot);
            r.setSeriesPaint(i, ChartStyle.translucent(ChartStyle.BLUE, 150));
        }
        // log only when the sample spans orders of magnitude: decade ticks would leave a narrow posterior unlabelled
        ValueAxis xa = style.valueAxisFor(xName, x), ya = style.valueAxisFor(yName, y);
        if (xa instanceof NumberAxis n) n.setAutoRangeIncludesZero(false);
        if (ya instanceof NumberAxis n) n.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xa, ya, r);
        JFreeChart chart = new JFreeChart("Posterior sample: " + xName + " vs " + yName, style.titleFont(), plot, false);
        chart.addSubtitle(0, new TextTitle("Accepted particles of the last ABC-SMC generation; marker area ∝ weight"));
        return style.apply(chart);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
