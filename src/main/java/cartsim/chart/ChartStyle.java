package cartsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The one place that decides how every cartsim chart looks: size, fonts, palette, grid.
 * Font sizes are specified for 1600×900 (readable on a projector from the back of a room)
 * and scale with the image so a 800×450 dashboard panel keeps the same proportions.
 */
public final class ChartStyle {

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;

    /** Okabe–Ito palette: distinguishable under the common colour-vision deficiencies. */
    public static final Color BLUE = new Color(0, 114, 178);
    public static final Color VERMILLION = new Color(213, 94, 0);
    public static final Color BLUISH_GREEN = new Color(0, 158, 115);
    public static final Color ORANGE = new Color(230, 159, 0);
    public static final Color REDDISH_PURPLE = new Color(204, 121, 167);
    public static final Color SKY_BLUE = new Color(86, 180, 233);
    public static final Color YELLOW = new Color(240, 228, 66);
    public static final Color BLACK = Color.BLACK;
    public static final Color GREY = new Color(120, 120, 120);

    /** series order: the strongest contrasts first, yellow last because it is weak on white */
    public static final Color[] PALETTE = {
        BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW};

    private static final Color GRID = new Color(220, 220, 220);
    private static final String FONT_FAMILY = Font.SANS_SERIF;

    private final int width;
    private final int height;
    private final double scale;

    public ChartStyle(int width, int height) {
        // geometric mean keeps text proportionate for both wide and tall images
        this(width, height, Math.sqrt((double) width * height / ((double) DEFAULT_WIDTH * DEFAULT_HEIGHT)));
    }

    private ChartStyle(int width, int height, double scale) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("chart size must be at least 100x100, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.scale = scale;
    }

    public static ChartStyle defaults() {
        return new ChartStyle(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * A style for one panel of a multi-chart figure. Text shrinks less than the panel (70% of
     * the full-figure size rather than 50%), because a quarter-size panel with quarter-size
     * text is unreadable on a projector.
     */
    public ChartStyle panel(int panelWidth, int panelHeight) {
        double areaScale = Math.sqrt((double) panelWidth * panelHeight / ((double) DEFAULT_WIDTH * DEFAULT_HEIGHT));
        return new ChartStyle(Math.max(panelWidth, 100), Math.max(panelHeight, 100),
                Math.max(areaScale, 0.7 * scale));
    }

    public static Color colour(int seriesIndex) {
        return PALETTE[Math.floorMod(seriesIndex, PALETTE.length)];
    }

    /** the same hue, translucent, for bands and areas that must not hide lines drawn over them */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public float px(double atDefaultSize) {
        return (float) (atDefaultSize * scale);
    }

    public Font titleFont() {
        return new Font(FONT_FAMILY, Font.BOLD, Math.round(px(28)));
    }

    public Font subtitleFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, Math.round(px(20)));
    }

    public Font axisLabelFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, Math.round(px(22)));
    }

    public Font tickFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, Math.round(px(18)));
    }

    public Font legendFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, Math.round(px(18)));
    }

    public Font annotationFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, Math.round(px(16)));
    }

    public Stroke lineStroke() {
        return new BasicStroke(px(3f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke thinStroke() {
        return new BasicStroke(px(1.5f));
    }

    public Stroke dashedStroke() {
        float d = px(8f);
        return new BasicStroke(px(2f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{d, d}, 0f);
    }

    /** the palette as the plot's default, for series a builder does not colour explicitly */
    private DefaultDrawingSupplier drawingSupplier() {
        return new DefaultDrawingSupplier(
                PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new Stroke[]{lineStroke()}, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE);
    }

    /**
     * Applies fonts, palette and layout to a finished chart. Done by hand rather than with a
     * ChartTheme because a theme resets the series colours the builders chose deliberately.
     */
    public JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(px(12), px(12), px(12), px(24)));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(titleFont());
            title.setMargin(0, 0, px(8), 0);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Object sub = chart.getSubtitle(i);
            if (sub instanceof TextTitle t) {
                t.setFont(subtitleFont());
            } else if (sub instanceof LegendTitle legend) {
                legend.setItemFont(legendFont());
                legend.setFrame(BlockBorder.NONE);
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setItemLabelPadding(new RectangleInsets(px(2), px(6), px(2), px(18)));
            }
        }
        if (chart.getPlot() instanceof XYPlot p) {
            styleXYPlot(p);
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            styleCategoryPlot(p);
        }
        return chart;
    }

    void styleXYPlot(XYPlot p) {
        p.setDrawingSupplier(drawingSupplier());
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlinesVisible(true);
        p.setRangeGridlinesVisible(true);
        p.setOutlinePaint(GREY);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < p.getDomainAxisCount(); i++) {
            styleAxis(p.getDomainAxis(i));
        }
        for (int i = 0; i < p.getRangeAxisCount(); i++) {
            styleAxis(p.getRangeAxis(i));
        }
        for (int i = 0; i < p.getRendererCount(); i++) {
            if (p.getRenderer(i) != null) {
                p.getRenderer(i).setBaseItemLabelFont(annotationFont());
            }
        }
    }

    void styleCategoryPlot(CategoryPlot p) {
        p.setDrawingSupplier(drawingSupplier());
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlinePaint(GRID);
        p.setOutlinePaint(GREY);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
        styleAxis(p.getDomainAxis());
        for (int i = 0; i < p.getRangeAxisCount(); i++) {
            styleAxis(p.getRangeAxis(i));
        }
        if (p.getRenderer() instanceof BarRenderer r) {
            r.setShadowVisible(false);
            r.setBarPainter(new StandardBarPainter());
            r.setBaseItemLabelFont(annotationFont());
        }
    }

    void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(axisLabelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(GREY);
        axis.setTickMarkPaint(GREY);
    }

    /**
     * A value axis for data spanning many orders of magnitude (cell counts, cytokines) is
     * logarithmic; otherwise linear, so small ranges are not squashed into one decade.
     */
    public ValueAxis valueAxisFor(String label, double[]... columns) {
        double minPos = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] col : columns) {
            for (double v : col) {
                if (Double.isFinite(v) && v > 0) {
                    minPos = Math.min(minPos, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (Double.isFinite(minPos) && max / minPos >= 100) {
            return logAxis(label);
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    public LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        // values <= 0 are plotted as gaps; this bound stops the axis reaching towards zero
        axis.setSmallestValue(1e-3);
        // whole decades only: 10^3.2 style ticks are hard to read
        TickUnits decades = new TickUnits();
        for (int step : new int[]{1, 2, 3, 5, 10}) {
            decades.add(new NumberTickUnit(step, new DecimalFormat("0")));
        }
        axis.setStandardTickUnits(decades);
        return axis;
    }
}
