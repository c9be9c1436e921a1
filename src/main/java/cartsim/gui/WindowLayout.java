package cartsim.gui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the classroom windows go on one screen, without overlap: the tissue view(s) with their
 * legend and the Console side by side on top, the charts in one row below. The lattice is
 * scaled to what fits, so the same plan works on a 1920×1080 projector and a 1366×768 laptop.
 *
 * @param tissue    frame bounds of each tissue view
 * @param latticePx the longer lattice side in pixels inside each tissue view
 * @param legendFont font size of the legend beside each tissue view (smaller means narrower)
 */
public record WindowLayout(Rectangle console, List<Rectangle> tissue, List<Rectangle> charts, int latticePx,
                           float legendFont) {
    static final int GAP = 4;

    /** the plan for {@code views} tissue views and {@code chartCount} charts on {@code screen} */
    public static WindowLayout plan(Rectangle screen, int views, int chartCount) {
        int w = screen.width, h = screen.height;
        int chartH = clamp(Math.round(h * 0.28f), 190, 320);
        int topH = h - chartH - GAP;
        int consoleW = clamp(Math.round(w * 0.22f), 330, 440);
        int tissueW = (w - consoleW - GAP * views) / views;
        // the legend narrows on a small screen with two views, where lattice pixels are scarce
        float font = tissueW >= 700 ? 13f : 11f;
        int legendW = Math.round(LegendPainter.WIDTH * font / 13f);
        int px = Math.min(tissueW - legendW - TissueView.CHROME_W, topH - TissueView.CHROME_H - TimelineStrip.HEIGHT);
        if (px < 120) throw new IllegalArgumentException("screen " + w + "×" + h + " is too small for the classroom view");
        int frameW = px + legendW + TissueView.CHROME_W, frameH = px + TissueView.CHROME_H + TimelineStrip.HEIGHT;

        List<Rectangle> tissue = new ArrayList<>();
        int x = screen.x;
        for (int i = 0; i < views; i++) {
            tissue.add(new Rectangle(x, screen.y, frameW, frameH));
            x += frameW + GAP;
        }
        Rectangle console = new Rectangle(x, screen.y, Math.min(consoleW + (tissueW - frameW) * views, screen.x + w - x), topH);
        List<Rectangle> charts = new ArrayList<>();
        int chartW = (w - GAP * (chartCount - 1)) / chartCount;
        for (int i = 0; i < chartCount; i++)
            charts.add(new Rectangle(screen.x + i * (chartW + GAP), screen.y + topH + GAP, chartW, chartH));
        return new WindowLayout(console, tissue, charts, px, font);
    }

    /** every window, for overlap checks */
    public List<Rectangle> all() {
        List<Rectangle> out = new ArrayList<>(tissue);
        out.add(console);
        out.addAll(charts);
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
