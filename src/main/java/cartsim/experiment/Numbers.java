package cartsim.experiment;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for results files: locale-free, at most 6 significant digits, stable. */
public final class Numbers {
    private static final MathContext SIX = new MathContext(6);

    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        BigDecimal b = new BigDecimal(v).round(SIX).stripTrailingZeros();
        String s = Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? b.toPlainString() : b.toString();
        return s;
    }
}
