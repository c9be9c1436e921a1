package cartsim.gui;

import cartsim.model.CarTModel;
import sim.field.grid.IntGrid2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Renders the tissue view offscreen (no display needed): a caption band on top, the lattice
 * with the same layers and colour tables as the live display, and the legend column on the
 * right. Used by the snapshot and animate commands.
 */
public final class TissueImage {
    /** where the lattice landed in the image: cell (x, y) covers [x0 + x·cell, x0 + (x+1)·cell) */
    public record Layout(int width, int height, double x0, double y0, double cell, int captionHeight, int legendX) {
        public int pixelX(int cellX) { return (int) Math.floor(x0 + (cellX + 0.5) * cell); }
        public int pixelY(int cellY) { return (int) Math.floor(y0 + (cellY + 0.5) * cell); }
    }

    private TissueImage() {}

    /** the layout for an image of the given size showing a {@code w × h} lattice */
    public static Layout layout(int imageW, int imageH, int w, int h) {
        float font = fontSize(imageW, imageH);
        int caption = Math.round(font * 2.4f);
        int legend = Math.round(LegendPainter.WIDTH * font / 13f);
        int margin = Math.max(4, Math.round(font * 0.6f));
        int availW = imageW - legend - 2 * margin, availH = imageH - caption - 2 * margin;
        if (availW < w || availH < h)
            throw new IllegalArgumentException("image " + imageW + "×" + imageH + " is too small for a " + w + "×" + h + " lattice");
        double cell = Math.min(availW / (double) w, availH / (double) h);
        double x0 = margin + (availW - cell * w) / 2, y0 = caption + margin + (availH - cell * h) / 2;
        return new Layout(imageW, imageH, x0, y0, cell, caption, imageW - legend);
    }

    static float fontSize(int imageW, int imageH) {
        return Math.max(11f, Math.min(22f, Math.min(imageW, imageH) / 50f));
    }

    /** refreshes {@code layers} from the model and renders them */
    public static BufferedImage render(CarTModel m, TissueLayers layers, HeatLayer heat, int imageW, int imageH) {
        layers.refresh(m);
        return render(layers, heat, Caption.text(m), Caption.antigenTitle(m), imageW, imageH);
    }

    public static BufferedImage render(TissueLayers layers, HeatLayer heat, String caption, String antigenTitle,
                                       int imageW, int imageH) {
        Layout lay = layout(imageW, imageH, layers.width, layers.height);
        BufferedImage img = new BufferedImage(imageW, imageH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(TissuePalette.BACKGROUND);
            g.fillRect(0, 0, imageW, imageH);
            drawTissue(g, layers, heat, lay);
            float font = fontSize(imageW, imageH);
            drawCaption(g, caption, lay, font);
            g.setClip(lay.legendX(), lay.captionHeight(), imageW - lay.legendX(), imageH - lay.captionHeight());
            LegendPainter.paint(g, lay.legendX(), lay.captionHeight(), imageW - lay.legendX(), antigenTitle, font, heat);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** the layers in display order: tumor, macrophages, heat map, CAR-T on top */
    private static void drawTissue(Graphics2D g, TissueLayers l, HeatLayer heat, Layout lay) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        BufferedImage layer = new BufferedImage(l.width, l.height, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[l.width * l.height];
        drawLayer(g, layer, argb, l.tumor, TissuePalette.TUMOR_COLORS, lay);
        drawLayer(g, layer, argb, l.myeloid, TissuePalette.MYELOID_COLORS, lay);
        if (heat != HeatLayer.NONE) drawLayer(g, layer, argb, heat.grid(l), heat.colors, lay);
        drawLayer(g, layer, argb, l.cart, TissuePalette.CART_COLORS, lay);
    }

    private static void drawLayer(Graphics2D g, BufferedImage layer, int[] argb, IntGrid2D grid, Color[] table, Layout lay) {
        int w = grid.getWidth(), h = grid.getHeight();
        int[] rgb = new int[table.length];
        for (int i = 0; i < table.length; i++) rgb[i] = table[i].getRGB();
        int[][] f = grid.field;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) argb[y * w + x] = rgb[f[x][y]];
        layer.setRGB(0, 0, w, h, argb, 0, w);
        // whole-pixel edges: every cell is the same size in the output, so pixel tests can find cells
        int x0 = (int) Math.round(lay.x0()), y0 = (int) Math.round(lay.y0());
        int x1 = (int) Math.round(lay.x0() + lay.cell() * w), y1 = (int) Math.round(lay.y0() + lay.cell() * h);
        g.drawImage(layer, x0, y0, x1, y1, 0, 0, w, h, null);
    }

    private static void drawCaption(Graphics2D g, String caption, Layout lay, float font) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(g.getFont().deriveFont(Font.BOLD, font * 1.1f));
        g.setColor(TissuePalette.TEXT);
        FontMetrics fm = g.getFontMetrics();
        int y = (lay.captionHeight() - fm.getHeight()) / 2 + fm.getAscent();
        g.drawString(caption, Math.round(lay.x0()), y);
    }
}
