package cartsim.gui;

import javax.swing.JPanel;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;

/** The live display's side panel: the same legend the snapshots carry, kept in step with the heat layer. */
final class LegendPanel extends JPanel {
    private volatile String antigenTitle = "";
    private volatile HeatLayer[] heats = {};
    private volatile float fontSize = 13f;

    LegendPanel() {
        setBackground(TissuePalette.BACKGROUND);
        setPreferredSize(new Dimension(LegendPainter.WIDTH, 420));
    }

    /** a smaller font makes a narrower column (two tissue views side by side on a laptop) */
    void setFontSize(float size) {
        fontSize = size;
        setPreferredSize(new Dimension(Math.round(LegendPainter.WIDTH * size / 13f), 420));
        revalidate();
        repaint();
    }

    /** called from the model thread each frame; repaints only when something shown changed */
    void update(String antigenTitle, HeatLayer... heats) {
        if (antigenTitle.equals(this.antigenTitle) && java.util.Arrays.equals(heats, this.heats)) return;
        this.antigenTitle = antigenTitle;
        this.heats = heats.clone();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        LegendPainter.paint((Graphics2D) g, 0, 0, getWidth(), antigenTitle, fontSize, heats);
    }
}
