package cartsim.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.ui.Drawable;

/**
 * Four charts in a 2×2 grid under one title, drawn into a single image. Each chart keeps its
 * own axes, so panels with different x ranges or scales still read correctly.
 */
public final class Dashboard implements Drawable {

    private final String title;
    private final List<JFreeChart> panels;
    private final ChartStyle style;

    /** @param panels up to four charts, row by row; a missing panel leaves its cell blank */
    public Dashboard(String title, List<JFreeChart> panels, ChartStyle style) {
        if (panels.size() > 4) {
            throw new IllegalArgumentException("a dashboard holds at most four charts");
        }
        this.title = title;
        this.panels = List.copyOf(panels);
        this.style = style;
    }

    public String title() {
        return title;
    }

    public List<JFreeChart> panels() {
        return panels;
    }

    /** height of the title strip, so builders can size the panel charts to fit */
    public static int titleHeight(ChartStyle style) {
        return Math.round(style.px(60));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        double titleH = titleHeight(style);
        g.setFont(style.titleFont());
        g.setColor(Color.BLACK);
        FontMetrics fm = g.getFontMetrics();
        float tx = (float) (area.getCenterX() - fm.stringWidth(title) / 2.0);
        float ty = (float) (area.getY() + (titleH + fm.getAscent() - fm.getDescent()) / 2.0);
        g.drawString(title, tx, ty);
        double cellW = area.getWidth() / 2;
        double cellH = (area.getHeight() - titleH) / 2;
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % 2) * cellW,
                    area.getY() + titleH + (i / 2) * cellH, cellW, cellH);
            panels.get(i).draw(g, cell);
        }
    }
}
