package cartsim.chart;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.LegendItem;

/**
 * Legend entries for things JFreeChart does not list itself (markers, bands), so a reader can
 * decode every line and colour on a chart without the caption.
 */
final class Legends {

    private Legends() {
    }

    static LegendItem line(String label, Paint paint, Stroke stroke, ChartStyle style) {
        float half = style.px(14);
        Shape line = new Line2D.Double(-half, 0, half, 0);
        LegendItem item = new LegendItem(label, null, null, null, false, line, false, paint, false, paint,
                stroke, true, line, stroke, paint);
        item.setLabelFont(style.legendFont());
        return item;
    }

    static LegendItem box(String label, Paint paint, ChartStyle style) {
        float half = style.px(8);
        Shape box = new Rectangle2D.Double(-half, -half, 2 * half, 2 * half);
        LegendItem item = new LegendItem(label, paint);
        item.setShape(box);
        item.setLabelFont(style.legendFont());
        return item;
    }

    static LegendItem marker(String label, Shape shape, Paint paint, boolean filled, ChartStyle style) {
        LegendItem item = new LegendItem(label, null, null, null, true, shape, filled, paint, !filled, paint,
                style.thinStroke(), false, shape, style.thinStroke(), paint);
        item.setLabelFont(style.legendFont());
        return item;
    }
}
