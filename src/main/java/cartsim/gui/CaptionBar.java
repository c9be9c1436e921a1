package cartsim.gui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Font;
import java.util.concurrent.atomic.AtomicReference;

/** The live caption under the tissue view: day, tumor cells, CAR-T cells, CRS grade. */
final class CaptionBar extends JLabel {
    /** latest text not yet shown; the model thread may outpace Swing, only the newest matters */
    private final AtomicReference<String> pending = new AtomicReference<>();

    CaptionBar() {
        super(" ");
        setOpaque(true);
        setBackground(TissuePalette.BACKGROUND);
        setForeground(TissuePalette.TEXT);
        setFont(getFont().deriveFont(Font.BOLD, 15f));
        setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
    }

    /** may be called from the model thread; at most one Swing update is queued at a time */
    void show(String text) {
        if (pending.getAndSet(text) == null) SwingUtilities.invokeLater(() -> {
            String t = pending.getAndSet(null);
            if (t != null) setText(t);
        });
    }
}
