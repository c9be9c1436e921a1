package cartsim.gui;

import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

/**
 * The strip under the tissue view that tells the lesson: the latest narrated events in words,
 * and the course as a day axis with a mark for every event so far and a cursor at today. Fed
 * from the model thread; only the newest state is painted.
 */
final class TimelineStrip extends JPanel {
    static final int HEIGHT = 96;
    private static final Color AXIS = new Color(120, 120, 135), CURSOR = new Color(255, 255, 255),
            TREATMENT = new Color(40, 170, 255), TOXICITY = new Color(255, 90, 90), ESCAPE = TissuePalette.NEGATIVE,
            HIGHLIGHT = new Color(255, 230, 120);
    /** lines of narration shown above the axis, newest on top */
    static final int LINES = 2;

    private final Painter painter = new Painter();
    final JCheckBox teachMode = new JCheckBox("Teach mode: pause at each event");

    private volatile List<Narration> told = List.of();
    private volatile double firstDay, lastDay = 1, today;

    TimelineStrip() {
        super(new BorderLayout());
        setBackground(TissuePalette.BACKGROUND);
        painter.setPreferredSize(new Dimension(200, HEIGHT - 26));
        add(painter, BorderLayout.CENTER);
        teachMode.setOpaque(false);
        teachMode.setForeground(TissuePalette.TEXT_DIM);
        teachMode.setToolTipText("pause the run whenever something happens, so the class can talk about it; press Play to go on");
        teachMode.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
        add(teachMode, BorderLayout.SOUTH);
    }

    /** called from the model thread after a step */
    void update(List<Narration> told, double firstDay, double lastDay, double today) {
        boolean changed = told.size() != this.told.size() || Math.abs(today - this.today) >= (lastDay - firstDay) / 400;
        this.told = told;
        this.firstDay = firstDay;
        this.lastDay = Math.max(firstDay + 1e-9, lastDay);
        this.today = today;
        if (changed) painter.repaint();
    }

    static Color colorOf(String event) {
        return switch (event) {
            case "crs_onset", "icans_onset" -> TOXICITY;
            case "relapse" -> ESCAPE;
            default -> TREATMENT;
        };
    }

    private final class Painter extends JComponent {
        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(TissuePalette.BACKGROUND);
            g.fillRect(0, 0, getWidth(), getHeight());
            List<Narration> t = told;
            int x0 = 10, x1 = getWidth() - 10, axisY = getHeight() - 14;
            Font big = getFont().deriveFont(Font.BOLD, 14f), small = getFont().deriveFont(Font.PLAIN, 12f);
            // newest narration on top, brighter; the one before it below
            int y = 4;
            for (int k = 0; k < LINES; k++) {
                int i = t.size() - 1 - k;
                if (i < 0) break;
                g.setFont(k == 0 ? big : small);
                FontMetrics fm = g.getFontMetrics();
                g.setColor(k == 0 ? HIGHLIGHT : TissuePalette.TEXT_DIM);
                g.drawString(fit(t.get(i).text(), fm, x1 - x0), x0, y + fm.getAscent());
                y += fm.getHeight() + 1;
            }
            if (t.isEmpty()) {
                g.setFont(small);
                g.setColor(TissuePalette.TEXT_DIM);
                g.drawString("Events will be told here as they happen.", x0, 4 + g.getFontMetrics().getAscent());
            }
            // the course: axis, day 0, event marks, today
            g.setStroke(new BasicStroke(2f));
            g.setColor(AXIS);
            g.drawLine(x0, axisY, x1, axisY);
            double a = firstDay, b = lastDay;
            int zero = px(0, a, b, x0, x1);
            g.setFont(small.deriveFont(10f));
            if (0 >= a && 0 <= b) {
                g.drawLine(zero, axisY - 5, zero, axisY + 5);
                g.drawString("day 0", zero + 2, axisY + 13);
            }
            g.drawString("day " + (long) Math.floor(b), x1 - 40, axisY + 13);
            for (Narration n : t) {
                int x = px(n.day(), a, b, x0, x1);
                g.setColor(colorOf(n.event()));
                g.fillOval(x - 4, axisY - 4, 8, 8);
            }
            int now = px(today, a, b, x0, x1);
            g.setColor(CURSOR);
            g.drawLine(now, axisY - 8, now, axisY + 6);
        }

        private int px(double day, double a, double b, int x0, int x1) {
            double f = Math.max(0, Math.min(1, (day - a) / (b - a)));
            return (int) Math.round(x0 + f * (x1 - x0));
        }

        private String fit(String s, FontMetrics fm, int width) {
            if (fm.stringWidth(s) <= width) return s;
            while (s.length() > 1 && fm.stringWidth(s + "…") > width) s = s.substring(0, s.length() - 1);
            return s + "…";
        }
    }
}
