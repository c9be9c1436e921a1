package cartsim.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/** Charts of a parameter sweep: endpoint vs parameter with CIs, heat maps, PRCC tornado. */
public final class SweepCharts {

    /**
     * Endpoints plotted by default, one group per clinical question; the first name of a group
     * present in summary.csv is used. Several spellings are listed because the derived rate
     * columns (e.g. best response = CR) are named by the sweep writer.
     */
    private static final List<List<String>> DEFAULT_ENDPOINT_GROUPS = List.of(
            List.of("best_response_CR", "best_response_cr", "cr_rate", "cr", "mrd_negative_day28"),
            List.of("crs_max_grade", "crs_grade3plus", "crs_any"),
            List.of("relapse", "relapsed", "relapse_rate", "relapse_antigen_negative", "relapse_day"),
            List.of("cart_peak_blood_per_ul", "cart_auc_0_28", "cart_peak_cells"),
            List.of("icans_max_grade"));

    /** more series than the palette has colours cannot be told apart */
    private static final int MAX_LINES = ChartStyle.PALETTE.length;
    /** larger grids get no per-cell value labels: the text would overlap */
    private static final int MAX_LABELLED_CELLS = 150;

    private final ChartStyle style;

    public SweepCharts(ChartStyle style) {
        this.style = style;
    }

    public List<Figure> all(SweepResults sweep, Consumer<String> notes) throws ResultsFormatException {
        List<Figure> figures = new ArrayList<>();
        if (sweep.summary().isPresent()) {
            CsvTable summary = SweepResults.mergeLinkedParameters(sweep.summary().get());
            List<String> varied = SweepResults.variedParameters(summary);
            List<String> endpoints = defaultEndpoints(endpointsIn(summary));
            if (varied.isEmpty()) {
                notes.accept("summary.csv has no varied parameter: endpoint and heat-map charts skipped");
            } else if (varied.size() > 2) {
                notes.accept("summary.csv varies " + varied.size()
                        + " parameters: endpoint and heat-map charts need one or two (see the tornado chart)");
            } else {
                for (String endpoint : endpoints) {
                    addEndpointFigures(figures, summary, endpoint, varied, notes);
                }
            }
        } else {
            notes.accept("summary.csv not found: endpoint charts skipped");
        }
        sweep.sensitivity().ifPresent(sens -> {
            try {
                sens.require("endpoint", "parameter", "prcc");
                List<String> inSens = distinct(sens.text("endpoint"));
                for (String endpoint : defaultEndpoints(inSens)) {
                    figures.add(new Figure("tornado_" + safe(endpoint), tornado(sens, endpoint)));
                }
            } catch (ResultsFormatException e) {
                notes.accept(e.getMessage() + ": tornado chart skipped");
            }
        });
        return figures;
    }

    private void addEndpointFigures(List<Figure> figures, CsvTable summary, String endpoint, List<String> varied,
                                    Consumer<String> notes) throws ResultsFormatException {
        Rows rows = Rows.of(summary, endpoint);
        if (varied.size() == 1) {
            if (rows.isGrid(varied.get(0), null)) {
                figures.add(new Figure("sweep_" + safe(endpoint), endpointVsParameter(summary, endpoint,
                        varied.get(0), null)));
            } else {
                notes.accept("summary.csv repeats values of " + varied.get(0) + " for " + endpoint + ": chart skipped");
            }
            return;
        }
        ParameterLevels a = ParameterLevels.of(varied.get(0), rows.cells(varied.get(0)));
        ParameterLevels b = ParameterLevels.of(varied.get(1), rows.cells(varied.get(1)));
        // the parameter with more levels goes on the x axis, the other becomes one line per level
        String x = a.size() >= b.size() ? a.parameter() : b.parameter();
        String group = x.equals(a.parameter()) ? b.parameter() : a.parameter();
        // an LHS sample of two parameters has unique pairs too, but fills almost none of the grid
        boolean denseEnough = rows.size() * 2 >= a.size() * b.size();
        if (!rows.isGrid(x, group) || !denseEnough) {
            notes.accept("points of " + endpoint + " do not form a " + x + " × " + group
                    + " grid: endpoint and heat-map charts skipped");
            return;
        }
        if (ParameterLevels.of(group, rows.cells(group)).size() <= MAX_LINES) {
            figures.add(new Figure("sweep_" + safe(endpoint), endpointVsParameter(summary, endpoint, x, group)));
        } else {
            notes.accept(group + " has more than " + MAX_LINES + " values: line chart of " + endpoint + " skipped");
        }
        figures.add(new Figure("heatmap_" + safe(endpoint), heatmap(summary, endpoint, x, group)));
    }

    /** endpoint names in summary.csv, in file order */
    public static List<String> endpointsIn(CsvTable summary) {
        return distinct(summary.text("endpoint"));
    }

    /** the default endpoints among those available; the first three if none is recognised */
    public static List<String> defaultEndpoints(List<String> available) {
        List<String> chosen = new ArrayList<>();
        for (List<String> group : DEFAULT_ENDPOINT_GROUPS) {
            group.stream().filter(available::contains).findFirst().ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(available.subList(0, Math.min(3, available.size())));
        }
        return chosen;
    }

    /**
     * Mean endpoint with its 95% CI against one varied parameter; with {@code groupParam}, one
     * line per value of that second parameter.
     */
    public JFreeChart endpointVsParameter(CsvTable summary, String endpoint, String xParam, String groupParam)
            throws ResultsFormatException {
        Rows rows = Rows.of(summary, endpoint);
        rows.table.require(xParam);
        if (groupParam != null) {
            rows.table.require(groupParam);
        }
        ParameterLevels xLevels = ParameterLevels.of(xParam, rows.cells(xParam));
        String[] groupCells = groupParam == null ? null : rows.cells(groupParam);
        ParameterLevels groups = groupParam == null ? null : ParameterLevels.of(groupParam, groupCells);
        double factor = rows.rate ? 100 : 1;

        Map<String, YIntervalSeries> byGroup = new LinkedHashMap<>();
        if (groups == null) {
            byGroup.put("", new YIntervalSeries(EndpointLabels.title(endpoint), true, false));
        } else {
            String[] labels = groups.labels();
            for (int g = 0; g < groups.size(); g++) {
                byGroup.put(groups.levels().get(g),
                        new YIntervalSeries(groupParam + " = " + labels[g], true, false));
            }
        }
        String[] xCells = rows.cells(xParam);
        for (int i = 0; i < rows.size(); i++) {
            double x = xLevels.numeric() ? CsvTable.toDouble(xCells[i]) : xLevels.indexOf(xCells[i]);
            if (!Double.isFinite(rows.mean[i])) {
                continue;
            }
            YIntervalSeries s = byGroup.get(groups == null ? "" : groupCells[i].trim());
            double lo = Double.isFinite(rows.ciLow[i]) ? rows.ciLow[i] : rows.mean[i];
            double hi = Double.isFinite(rows.ciHigh[i]) ? rows.ciHigh[i] : rows.mean[i];
            s.add(x, rows.mean[i] * factor, lo * factor, hi * factor);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        byGroup.values().forEach(data::addSeries);

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setBaseLinesVisible(true);
        renderer.setBaseShapesVisible(true);
        renderer.setCapLength(style.px(14));
        renderer.setErrorStroke(style.thinStroke());
        double d = style.px(12);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.colour(s));
            renderer.setSeriesStroke(s, style.lineStroke());
            renderer.setSeriesShape(s, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        }
        ValueAxis xAxis = parameterAxis(xLevels);
        NumberAxis yAxis = new NumberAxis(EndpointLabels.label(endpoint, rows.rate));
        yAxis.setAutoRangeIncludesZero(rows.rate);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(EndpointLabels.title(endpoint) + " vs " + xParam,
                style.titleFont(), plot, groupParam != null);
        chart.addSubtitle(0, new TextTitle("Mean with 95% CI" + (rows.rate ? " (Wilson)" : " (t)")
                + " · " + rows.runsPerPoint()));
        return style.apply(chart);
    }

    private ValueAxis parameterAxis(ParameterLevels levels) {
        if (!levels.numeric()) {
            SymbolAxis axis = new SymbolAxis(levels.parameter(), levels.labels());
            axis.setGridBandsVisible(false);
            return axis;
        }
        if (levels.wantsLogAxis()) {
            LogAxis axis = style.logAxis(levels.parameter() + " (log scale)");
            // parameters such as loss rates (1e-5) lie far below the style's floor for counts
            axis.setSmallestValue(Math.min(1e-3, levels.min() / 10));
            return axis;
        }
        NumberAxis axis = new NumberAxis(levels.parameter());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /**
     * Mean endpoint over a two-parameter grid. Axes are level indices labelled with the values,
     * so unevenly spaced levels (1e6, 5e6, 2e7) still get equal, touching cells.
     */
    public JFreeChart heatmap(CsvTable summary, String endpoint, String xParam, String yParam)
            throws ResultsFormatException {
        Rows rows = Rows.of(summary, endpoint);
        rows.table.require(xParam, yParam);
        String[] xCells = rows.cells(xParam);
        String[] yCells = rows.cells(yParam);
        ParameterLevels xl = ParameterLevels.of(xParam, xCells);
        ParameterLevels yl = ParameterLevels.of(yParam, yCells);
        double factor = rows.rate ? 100 : 1;
        int n = xl.size() * yl.size();
        double[][] xyz = new double[3][n];
        for (int i = 0; i < n; i++) {
            xyz[0][i] = i % xl.size();
            xyz[1][i] = i / xl.size();
            xyz[2][i] = Double.NaN; // grid points missing from summary.csv stay grey
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows.size(); r++) {
            int cell = yl.indexOf(yCells[r]) * xl.size() + xl.indexOf(xCells[r]);
            double v = rows.mean[r] * factor;
            xyz[2][cell] = v;
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!Double.isFinite(min)) {
            min = 0;
            max = 1;
        } else if (max - min < 1e-9) {
            min -= 0.5; // a uniform grid still needs a non-empty colour range
            max += 0.5;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        String label = EndpointLabels.label(endpoint, rows.rate);
        data.addSeries(label, xyz);
        SequentialPaintScale scale = new SequentialPaintScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);

        SymbolAxis xAxis = new SymbolAxis(xParam, xl.labels());
        SymbolAxis yAxis = new SymbolAxis(yParam, yl.labels());
        for (SymbolAxis a : new SymbolAxis[]{xAxis, yAxis}) {
            a.setGridBandsVisible(false);
            a.setLowerMargin(0);
            a.setUpperMargin(0);
        }
        xAxis.setRange(-0.5, xl.size() - 0.5);
        yAxis.setRange(-0.5, yl.size() - 0.5);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        if (n <= MAX_LABELLED_CELLS) {
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(xyz[2][i])) {
                    XYTextAnnotation a = new XYTextAnnotation(Fmt.num(xyz[2][i]), xyz[0][i], xyz[1][i]);
                    a.setFont(style.annotationFont());
                    a.setPaint(scale.textColourFor(xyz[2][i]));
                    a.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(a);
                }
            }
        }
        JFreeChart chart = new JFreeChart(EndpointLabels.title(endpoint) + ": " + xParam + " × " + yParam,
                style.titleFont(), plot, false);
        chart.addSubtitle(new TextTitle("Mean per grid point · " + rows.runsPerPoint()));
        style.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        NumberAxis scaleAxis = new NumberAxis(label);
        scaleAxis.setRange(min, max);
        style.styleAxis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(style.px(28));
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(style.px(10), style.px(16), style.px(10), style.px(4)));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** PRCC of each parameter for one endpoint, longest bar on top; * marks p < 0.05 */
    public JFreeChart tornado(CsvTable sensitivity, String endpoint) throws ResultsFormatException {
        sensitivity.require("endpoint", "parameter", "prcc");
        String[] ep = sensitivity.text("endpoint");
        String[] param = sensitivity.text("parameter");
        double[] prcc = sensitivity.numbers("prcc");
        double[] p = sensitivity.has("p_value") ? sensitivity.numbers("p_value") : null;
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < ep.length; i++) {
            if (ep[i].trim().equals(endpoint) && Double.isFinite(prcc[i])) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(prcc[i])));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> significant = new HashSet<>();
        for (int i : idx) {
            String name = param[i].trim();
            data.addValue(prcc[i] >= 0 ? (Number) prcc[i] : null, "Positive PRCC", name);
            data.addValue(prcc[i] < 0 ? (Number) prcc[i] : null, "Negative PRCC", name);
            if (p != null && p[i] < 0.05) {
                significant.add(name);
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesPaint(1, ChartStyle.VERMILLION);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setBaseItemLabelGenerator(new PrccLabels(significant));
        renderer.setBaseItemLabelsVisible(true);
        renderer.setBasePositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setBaseNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));

        CategoryAxis yAxis = new CategoryAxis("Parameter");
        NumberAxis xAxis = new NumberAxis("Partial rank correlation coefficient (PRCC)");
        xAxis.setRange(-1.15, 1.15); // room for the value labels beyond ±1
        xAxis.setTickUnit(new NumberTickUnit(0.25));
        CategoryPlot plot = new CategoryPlot(data, yAxis, xAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, style.thinStroke()));
        JFreeChart chart = new JFreeChart("Sensitivity of " + EndpointLabels.title(endpoint) + " (PRCC)",
                style.titleFont(), plot, true);
        chart.addSubtitle(0, new TextTitle(p == null ? "Latin hypercube sweep"
                : "Latin hypercube sweep · * p < 0.05"));
        return style.apply(chart);
    }

    private static final class PrccLabels implements CategoryItemLabelGenerator {
        private final Set<String> significant;

        PrccLabels(Set<String> significant) {
            this.significant = significant;
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null) {
                return null;
            }
            String star = significant.contains(dataset.getColumnKey(column).toString()) ? "*" : "";
            return String.format(Locale.ROOT, "%.2f%s", v.doubleValue(), star);
        }
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static List<String> distinct(String[] cells) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String c : cells) {
            if (!c.isBlank()) {
                set.add(c.trim());
            }
        }
        return List.copyOf(set);
    }

    /** the summary.csv rows of one endpoint */
    private static final class Rows {
        final CsvTable table;
        final int[] index;
        final boolean rate;
        final double[] mean;
        final double[] ciLow;
        final double[] ciHigh;
        final double[] n;

        private Rows(CsvTable table, int[] index, boolean rate) {
            this.table = table;
            this.index = index;
            this.rate = rate;
            this.mean = pick(table.numbers("mean"));
            this.ciLow = pick(table.numbers("ci_low"));
            this.ciHigh = pick(table.numbers("ci_high"));
            this.n = pick(table.numbers("n"));
        }

        static Rows of(CsvTable summary, String endpoint) throws ResultsFormatException {
            summary.require("endpoint", "kind", "n", "mean", "ci_low", "ci_high");
            String[] ep = summary.text("endpoint");
            String[] kind = summary.text("kind");
            List<Integer> idx = new ArrayList<>();
            boolean rate = false;
            for (int i = 0; i < ep.length; i++) {
                if (ep[i].trim().equals(endpoint)) {
                    idx.add(i);
                    rate |= kind[i].trim().equalsIgnoreCase("rate");
                }
            }
            if (idx.isEmpty()) {
                throw new ResultsFormatException(summary.source() + " has no rows for endpoint " + endpoint);
            }
            return new Rows(summary, idx.stream().mapToInt(Integer::intValue).toArray(), rate);
        }

        int size() {
            return index.length;
        }

        String[] cells(String column) {
            String[] all = table.text(column);
            String[] out = new String[index.length];
            for (int i = 0; i < index.length; i++) {
                out[i] = all[index[i]];
            }
            return out;
        }

        private double[] pick(double[] all) {
            double[] out = new double[index.length];
            for (int i = 0; i < index.length; i++) {
                out[i] = all[index[i]];
            }
            return out;
        }

        /** each (x, group) combination appears at most once, so lines and cells are well defined */
        boolean isGrid(String x, String group) {
            String[] xs = cells(x);
            String[] gs = group == null ? null : cells(group);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < xs.length; i++) {
                if (!seen.add(xs[i].trim() + "\u0000" + (gs == null ? "" : gs[i].trim()))) {
                    return false;
                }
            }
            return true;
        }

        String runsPerPoint() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : n) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (!Double.isFinite(lo)) {
                return "runs per point not recorded";
            }
            return lo == hi ? String.format(Locale.ROOT, "n = %.0f runs per point", lo)
                    : String.format(Locale.ROOT, "n = %.0f–%.0f runs per point", lo, hi);
        }
    }
}
