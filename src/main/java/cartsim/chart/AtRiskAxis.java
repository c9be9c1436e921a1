package cartsim.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.ui.RectangleEdge;

/**
 * A time axis that prints the number of patients at risk under each tick, the row every
 * published Kaplan–Meier figure carries. Drawing it as part of the axis keeps the numbers
 * aligned with the ticks at any image size and in PNG and SVG alike.
 */
final class AtRiskAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final double[] time;
    private final double[] atRisk;
    private final double[] leaving;
    private final Font rowFont;
    private final String rowLabel;

    /**
     * @param time    km.csv {@code time_days}, ascending
     * @param atRisk  km.csv {@code at_risk}: patients at risk just before each time
     * @param leaving events + censored at each time
     */
    AtRiskAxis(String label, double[] time, double[] atRisk, double[] leaving, Font rowFont) {
        super(label);
        this.time = time.clone();
        this.atRisk = atRisk.clone();
        this.leaving = leaving.clone();
        this.rowFont = rowFont;
        this.rowLabel = "At risk";
        // follow-up is read in weeks and months; ticks on those units keep the at-risk row sparse
        TickUnits units = new TickUnits();
        for (int days : new int[]{1, 7, 30, 90, 180, 365, 730}) {
            units.add(new NumberTickUnit(days, new DecimalFormat("0")));
        }
        setStandardTickUnits(units);
    }

    /** patients still at risk at time t: the at-risk count of the first table time ≥ t */
    int atRiskAt(double t) {
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= t && Double.isFinite(atRisk[i])) {
                return (int) Math.round(atRisk[i]);
            }
        }
        if (time.length == 0) {
            return 0;
        }
        int last = time.length - 1;
        double after = atRisk[last] - (Double.isFinite(leaving[last]) ? leaving[last] : 0);
        return (int) Math.max(0, Math.round(after));
    }

    private double rowHeight(Graphics2D g2) {
        FontMetrics fm = g2.getFontMetrics(rowFont);
        return fm.getHeight() * 1.8;
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
                                  AxisSpace space) {
        AxisSpace reserved = super.reserveSpace(g2, plot, plotArea, edge, space);
        if (isVisible() && edge == RectangleEdge.BOTTOM) {
            reserved.add(rowHeight(g2), edge);
        }
        return reserved;
    }

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
                          RectangleEdge edge, PlotRenderingInfo plotState) {
        AxisState state = super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
        if (!isVisible() || edge != RectangleEdge.BOTTOM) {
            return state;
        }
        Font saved = g2.getFont();
        g2.setFont(rowFont);
        g2.setPaint(getTickLabelPaint());
        FontMetrics fm = g2.getFontMetrics();
        float baseline = (float) (state.getCursor() + fm.getHeight() * 1.2);
        // clear of the count centred on the left edge of the data area
        String first = Integer.toString(atRiskAt(getLowerBound()));
        float labelX = (float) (dataArea.getMinX() - fm.stringWidth(first) / 2.0 - fm.getHeight() * 0.6
                - fm.stringWidth(rowLabel));
        g2.drawString(rowLabel, labelX, baseline);
        for (Object o : state.getTicks()) {
            if (o instanceof ValueTick tick && tick.getTickType() == TickType.MAJOR
                    && getRange().contains(tick.getValue())) {
                String n = Integer.toString(atRiskAt(tick.getValue()));
                float x = (float) valueToJava2D(tick.getValue(), dataArea, edge);
                g2.drawString(n, x - fm.stringWidth(n) / 2f, baseline);
            }
        }
        g2.setFont(saved);
        state.cursorDown(rowHeight(g2));
        return state;
    }
}
