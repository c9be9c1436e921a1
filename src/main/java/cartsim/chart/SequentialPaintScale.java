package cartsim.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis colour ramp for heat maps: perceptually uniform, readable in greyscale and by
 * colour-blind viewers, unlike the rainbow scales many tools default to.
 */
final class SequentialPaintScale implements PaintScale, Serializable {

    private static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(72, 40, 120), new Color(62, 74, 137), new Color(49, 104, 142),
        new Color(38, 130, 142), new Color(31, 158, 137), new Color(53, 183, 121), new Color(110, 206, 88),
        new Color(181, 222, 43), new Color(253, 231, 37)};
    /** cells with no value: neutral, so they are not mistaken for a low value */
    static final Color MISSING = new Color(235, 235, 235);

    private final double lower;
    private final double upper;

    SequentialPaintScale(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("paint scale needs lower < upper");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(t), VIRIDIS.length - 2);
        double f = t - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** white text on the dark half of the ramp, black on the light half */
    Color textColourFor(double value) {
        return Double.isFinite(value) && (value - lower) / (upper - lower) < 0.55 ? Color.WHITE : Color.BLACK;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
