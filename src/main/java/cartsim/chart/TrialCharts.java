package cartsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

/** Charts of a virtual trial: Kaplan–Meier, waterfall, toxicity grades, forest plot. */
public final class TrialCharts {

    static final String[] RESPONSES = {"CR", "PR", "SD", "PD"};
    /** waterfall bars above this are cut, as in published waterfalls, so responders stay visible */
    static final double WATERFALL_CAP_PCT = 100;

    private final ChartStyle style;

    public TrialCharts(ChartStyle style) {
        this.style = style;
    }

    public List<Figure> all(TrialResults trial, Consumer<String> notes) throws ResultsFormatException {
        List<Figure> figures = new ArrayList<>();
        if (trial.km().isPresent()) {
            figures.add(new Figure("km_relapse_free", kaplanMeier(trial.km().get())));
        } else {
            notes.accept("km.csv not found: Kaplan–Meier chart skipped");
        }
        if (trial.patients().isPresent()) {
            CsvTable patients = trial.patients().get();
            if (patients.has("best_tumor_change_pct") && patients.has("best_response")) {
                figures.add(new Figure("waterfall", waterfall(patients)));
            } else {
                notes.accept("patients.csv lacks best_tumor_change_pct or best_response: waterfall skipped");
            }
            if (patients.has("crs_max_grade") || patients.has("icans_max_grade")) {
                figures.add(new Figure("toxicity_grades", gradeDistribution(patients)));
            } else {
                notes.accept("patients.csv lacks crs_max_grade and icans_max_grade: grade chart skipped");
            }
        } else {
            notes.accept("patients.csv not found: waterfall and toxicity charts skipped");
        }
        if (trial.endpoints().isPresent()) {
            figures.addAll(new ForestChart(style).figures(trial.endpoints().get()));
        } else {
            notes.accept("endpoints.csv not found: forest plot skipped");
        }
        return figures;
    }

    /** relapse-free survival step curve with 95% CI, + at censoring times, numbers at risk below */
    public JFreeChart kaplanMeier(CsvTable km) throws ResultsFormatException {
        km.require("time_days", "at_risk", "events", "censored", "survival");
        double[] t = km.numbers("time_days");
        double[] atRisk = km.numbers("at_risk");
        double[] events = km.numbers("events");
        double[] censored = km.numbers("censored");
        double[] s = km.numbers("survival");
        double[] lo = km.has("ci_low") ? km.numbers("ci_low") : null;
        double[] hi = km.has("ci_high") ? km.numbers("ci_high") : null;

        XYSeries curve = new XYSeries("Relapse-free survival", true, true);
        XYSeries low = new XYSeries("95% CI", true, true);
        XYSeries high = new XYSeries("95% CI (upper)", true, true);
        XYSeries censor = new XYSeries("Censored", true, true);
        boolean startsAtZero = t.length > 0 && t[0] <= 0;
        if (!startsAtZero) {
            // every patient is event-free at infusion; the table may list only event times
            curve.add(0, 100);
            low.add(0, 100);
            high.add(0, 100);
        }
        double[] leaving = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            leaving[i] = (Double.isFinite(events[i]) ? events[i] : 0) + (Double.isFinite(censored[i]) ? censored[i] : 0);
            if (!Double.isFinite(t[i]) || !Double.isFinite(s[i])) {
                continue;
            }
            curve.add(t[i], s[i] * 100);
            if (lo != null && Double.isFinite(lo[i])) {
                low.add(t[i], lo[i] * 100);
            }
            if (hi != null && Double.isFinite(hi[i])) {
                high.add(t[i], hi[i] * 100);
            }
            if (censored[i] > 0) {
                censor.add(t[i], s[i] * 100);
            }
        }
        XYSeriesCollection curves = new XYSeriesCollection(curve);
        boolean withCi = lo != null && hi != null && low.getItemCount() > 1;
        if (withCi) {
            curves.addSeries(low);
            curves.addSeries(high);
        }
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ChartStyle.BLUE);
        step.setSeriesStroke(0, style.lineStroke());
        for (int i = 1; i <= 2; i++) {
            step.setSeriesPaint(i, ChartStyle.translucent(ChartStyle.BLUE, 150));
            step.setSeriesStroke(i, style.dashedStroke());
        }

        AtRiskAxis x = new AtRiskAxis("Time since infusion (days)", t, atRisk, leaving, style.tickFont());
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("Relapse-free survival (%)");
        y.setRange(0, 102);
        XYPlot plot = new XYPlot(curves, x, y, step);

        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, plus(style.px(9)));
        marks.setSeriesShapesFilled(0, false);
        marks.setUseOutlinePaint(false);
        marks.setSeriesPaint(0, Color.BLACK);
        marks.setSeriesStroke(0, new BasicStroke(style.px(2.5f)));
        plot.setDataset(1, new XYSeriesCollection(censor));
        plot.setRenderer(1, marks);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.line("Relapse-free survival", ChartStyle.BLUE, style.lineStroke(), style));
        if (withCi) {
            legend.add(Legends.line("95% CI", ChartStyle.translucent(ChartStyle.BLUE, 150), style.dashedStroke(), style));
        }
        if (censor.getItemCount() > 0) {
            legend.add(Legends.marker("Censored", plus(style.px(9)), Color.BLACK, false, style));
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = new JFreeChart("Relapse-free survival (Kaplan–Meier)", style.titleFont(), plot, true);
        int n = x.atRiskAt(Double.NEGATIVE_INFINITY);
        chart.addSubtitle(0, new TextTitle("n = " + n + " infused patients"));
        return style.apply(chart);
    }

    /** the + used for censoring marks; drawn unfilled so only its two strokes show */
    static Shape plus(double half) {
        GeneralPath p = new GeneralPath();
        p.moveTo(-half, 0);
        p.lineTo(half, 0);
        p.moveTo(0, -half);
        p.lineTo(0, half);
        return p;
    }

    /** best tumor change per infused patient, worst on the left, coloured by best response */
    public JFreeChart waterfall(CsvTable patients) throws ResultsFormatException {
        patients.require("best_tumor_change_pct", "best_response");
        String[] id = patients.has("patient") ? patients.text("patient") : null;
        double[] change = patients.numbers("best_tumor_change_pct");
        String[] response = patients.text("best_response");
        boolean[] infused = infused(patients);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < change.length; i++) {
            if (infused[i] && Double.isFinite(change[i])) {
                rows.add(i);
            }
        }
        rows.sort(Comparator.comparingDouble((Integer i) -> -change[i]));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean capped = false;
        for (int r : rows) {
            String patient = id == null ? Integer.toString(r + 1) : id[r].trim();
            String resp = response[r].trim().toUpperCase(Locale.ROOT);
            double v = Math.min(change[r], WATERFALL_CAP_PCT);
            capped |= change[r] > WATERFALL_CAP_PCT;
            for (String category : RESPONSES) {
                data.addValue(category.equals(resp) ? (Number) v : null, category, patient);
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        Color[] paints = responsePaints();
        for (int i = 0; i < paints.length; i++) {
            renderer.setSeriesPaint(i, paints[i]);
        }
        renderer.setDrawBarOutline(false);
        CategoryAxis x = new CategoryAxis("Patients, sorted by best tumor change");
        x.setTickLabelsVisible(false); // hundreds of patient ids are unreadable; order is what matters
        x.setTickMarksVisible(false);
        x.setCategoryMargin(0.15);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = new NumberAxis("Best change in tumor burden from baseline (%)");
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, style.thinStroke()));
        JFreeChart chart = new JFreeChart("Best tumor response per patient", style.titleFont(), plot, true);
        chart.addSubtitle(0, new TextTitle("n = " + rows.size() + " infused patients"
                + (capped ? " · bars above +" + (int) WATERFALL_CAP_PCT + "% truncated" : "")));
        return style.apply(chart);
    }

    static Color[] responsePaints() {
        return new Color[]{ChartStyle.BLUISH_GREEN, ChartStyle.SKY_BLUE, ChartStyle.ORANGE, ChartStyle.VERMILLION};
    }

    /** % of infused patients at each maximum CRS and ICANS grade 0–4 */
    public JFreeChart gradeDistribution(CsvTable patients) {
        boolean[] infused = infused(patients);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = 0;
        for (String[] tox : new String[][]{{"crs_max_grade", "CRS"}, {"icans_max_grade", "ICANS"}}) {
            if (!patients.has(tox[0])) {
                continue;
            }
            double[] grade = patients.numbers(tox[0]);
            int[] count = new int[5];
            int total = 0;
            for (int i = 0; i < grade.length; i++) {
                if (infused[i] && Double.isFinite(grade[i])) {
                    count[(int) Math.max(0, Math.min(4, Math.round(grade[i])))]++;
                    total++;
                }
            }
            n = Math.max(n, total);
            for (int g = 0; g <= 4; g++) {
                data.addValue(total == 0 ? 0 : 100.0 * count[g] / total, tox[1], "Grade " + g);
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.VERMILLION);
        renderer.setSeriesPaint(1, ChartStyle.BLUE);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setBaseItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
                new java.text.DecimalFormat("0")));
        renderer.setBaseItemLabelsVisible(true);
        renderer.setBasePositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryAxis x = new CategoryAxis("Maximum grade (ASTCT)");
        NumberAxis y = new NumberAxis("Patients (%)");
        y.setUpperMargin(0.12); // headroom for the percentage labels above the bars
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("CRS and ICANS grade distribution", style.titleFont(), plot, true);
        chart.addSubtitle(0, new TextTitle("n = " + n + " infused patients"));
        return style.apply(chart);
    }

    /** rows of patients.csv that received CAR-T; without an infused column, everyone */
    static boolean[] infused(CsvTable patients) {
        boolean[] out = new boolean[patients.rowCount()];
        double[] flag = patients.has("infused") ? patients.numbers("infused") : null;
        for (int i = 0; i < out.length; i++) {
            out[i] = flag == null || flag[i] > 0;
        }
        return out;
    }
}
