package cartsim.gui;

import cartsim.model.CarTModel;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Two tissue views side by side for slides ({@code snapshot/animate --compare}): each half is the
 * single-run picture of {@link TissueImage}, under a band naming its scenario (A left, B right).
 */
public final class CompareImage {
    private CompareImage() {}

    /** the name band's height for an image of this size */
    static int bandHeight(int imageW, int imageH) {
        return Math.round(TissueImage.fontSize(imageW / 2, imageH) * 2.2f);
    }

    public static BufferedImage render(List<CarTModel> runs, List<String> names, List<TissueLayers> layers, HeatLayer heat,
                                       int imageW, int imageH) {
        int band = bandHeight(imageW, imageH);
        int halfW = imageW / 2;
        BufferedImage img = new BufferedImage(imageW, imageH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(TissuePalette.BACKGROUND);
            g.fillRect(0, 0, imageW, imageH);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float font = TissueImage.fontSize(halfW, imageH);
            g.setFont(g.getFont().deriveFont(Font.BOLD, font * 1.15f));
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < 2; i++) {
                int x0 = i * halfW, w = i == 0 ? halfW : imageW - halfW;
                BufferedImage half = TissueImage.render(runs.get(i), layers.get(i), heat, w, imageH - band);
                g.drawImage(half, x0, band, null);
                String title = (char) ('A' + i) + ": " + names.get(i);
                g.setColor(TissuePalette.TEXT);
                g.drawString(title, x0 + Math.max(4, (w - fm.stringWidth(title)) / 2), (band - fm.getHeight()) / 2 + fm.getAscent());
            }
            g.setColor(TissuePalette.TEXT_DIM);
            g.fillRect(halfW - 1, 0, 2, imageH); // the divide between the two runs
        } finally {
            g.dispose();
        }
        return img;
    }
}
