package cartsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * Draws the legend column with plain Java2D, so the live display's side panel and offscreen
 * snapshots show the same key. Sizes scale with the font size so that a large slide image gets a
 * readable legend.
 */
public final class LegendPainter {
    /** preferred width of the legend column at font size 13 */
    public static final int WIDTH = 230;

    private LegendPainter() {}

    /** paints the legend at (x, y) for a column {@code width} wide; returns the height used */
    public static int paint(Graphics2D g, int x, int y, int width, String antigenTitle, float fontSize, HeatLayer... heats) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font plain = g.getFont().deriveFont(Font.PLAIN, fontSize);
        Font bold = plain.deriveFont(Font.BOLD);
        int line = Math.round(fontSize * 1.55f);
        int box = Math.round(fontSize);
        int pad = Math.round(fontSize * 0.8f);
        int cx = x + pad, cy = y + pad;
        int inner = width - 2 * pad;

        cy = title(g, bold, "Tumor cells", cx, cy, line);
        g.setFont(plain);
        g.setColor(TissuePalette.TEXT_DIM);
        g.drawString(fit(g, antigenTitle, inner), cx, cy + line / 2);
        cy += line - line / 4;
        cy = gradient(g, plain, cx, cy, inner, box, line, i -> TissuePalette.antigenColor(i),
                TissuePalette.ANTIGEN_LOW, TissuePalette.ANTIGEN_HIGH);
        cy = swatch(g, plain, TissuePalette.NEGATIVE, "antigen-negative", cx, cy, box, line, false);
        cy = swatch(g, plain, TissuePalette.FLASH, "just killed (1 h)", cx, cy, box, line, false);
        cy += line / 3;

        cy = title(g, bold, "CAR-T cells", cx, cy, line);
        cy = swatch(g, plain, TissuePalette.MEMORY, "memory", cx, cy, box, line, false);
        cy = swatch(g, plain, TissuePalette.EFFECTOR, "effector", cx, cy, box, line, false);
        cy = swatch(g, plain, TissuePalette.EXHAUSTED, "exhausted", cx, cy, box, line, false);
        cy += line / 3;

        cy = title(g, bold, "Macrophages", cx, cy, line);
        cy = swatch(g, plain, TissuePalette.MYELOID_COLORS[1], "resting", cx, cy, box, line, true);
        cy = swatch(g, plain, TissuePalette.MYELOID_COLORS[TissuePalette.MYELOID_LEVELS], "activated (IL-6)", cx, cy, box, line, true);

        for (HeatLayer heat : heats) {
            if (heat == HeatLayer.NONE) continue;
            cy += line / 3;
            cy = title(g, bold, heat.label + " in tissue, pg/mL", cx, cy, line);
            Color[] c = heat.colors;
            cy = gradient(g, plain, cx, cy, inner, box, line, t -> opaque(c[1 + (int) Math.round(t * (c.length - 2))]),
                    TissuePalette.HEAT_LOW, TissuePalette.HEAT_HIGH);
        }
        return cy + pad - y;
    }

    private static int title(Graphics2D g, Font bold, String text, int x, int y, int line) {
        g.setFont(bold);
        g.setColor(TissuePalette.TEXT);
        g.drawString(text, x, y + line * 2 / 3);
        return y + line;
    }

    private static int swatch(Graphics2D g, Font font, Color c, String label, int x, int y, int box, int line, boolean onGrey) {
        int top = y + (line - box) / 2;
        if (onGrey) { // faint colours read correctly only over what they are drawn on: the dark tissue
            g.setColor(TissuePalette.BACKGROUND);
            g.fillRect(x, top, box, box);
        }
        g.setColor(c);
        g.fillRect(x, top, box, box);
        g.setColor(TissuePalette.TEXT_DIM);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, top, box, box);
        g.setFont(font);
        g.setColor(TissuePalette.TEXT);
        g.drawString(label, x + box + box / 2 + 2, y + line * 2 / 3);
        return y + line;
    }

    /** a horizontal colour bar with decade labels under it */
    private static int gradient(Graphics2D g, Font font, int x, int y, int w, int box, int line,
                                java.util.function.DoubleFunction<Color> color, double lo, double hi) {
        for (int i = 0; i < w; i++) {
            g.setColor(color.apply(i / (double) Math.max(1, w - 1)));
            g.fillRect(x + i, y, 1, box);
        }
        g.setColor(TissuePalette.TEXT_DIM);
        g.drawRect(x, y, w, box);
        Font small = font.deriveFont(font.getSize2D() * 0.85f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        double span = Math.log10(hi) - Math.log10(lo);
        for (int e = (int) Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) {
            int px = x + (int) Math.round((e - Math.log10(lo)) / span * w);
            String label = "1e" + e;
            int lx = Math.max(x, Math.min(x + w - fm.stringWidth(label), px - fm.stringWidth(label) / 2));
            g.drawLine(px, y + box, px, y + box + 3);
            g.drawString(label, lx, y + box + 3 + fm.getAscent());
        }
        return y + box + 6 + fm.getHeight();
    }

    /** a translucent heat colour as it looks over empty tissue */
    private static Color opaque(Color c) {
        Color solid = new Color(c.getRed(), c.getGreen(), c.getBlue());
        return TissuePalette.mix(TissuePalette.BACKGROUND, solid, c.getAlpha() / 255.0);
    }

    private static String fit(Graphics2D g, String s, int w) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= w) return s;
        while (s.length() > 1 && fm.stringWidth(s + "…") > w) s = s.substring(0, s.length() - 1);
        return s + "…";
    }
}
