package cartsim.gui;

import sim.field.grid.IntGrid2D;

import java.awt.Color;
import java.util.Locale;

/** Which cytokine heat map is drawn over the tissue, if any. */
public enum HeatLayer {
    NONE("none", null, null),
    IL6("IL-6", TissuePalette.IL6_COLORS, TissuePalette.IL6_HOT),
    IFNG("IFN-γ", TissuePalette.IFNG_COLORS, TissuePalette.IFNG_HOT);

    public final String label;
    final Color[] colors;
    final Color hot;

    HeatLayer(String label, Color[] colors, Color hot) {
        this.label = label;
        this.colors = colors;
        this.hot = hot;
    }

    IntGrid2D grid(TissueLayers l) {
        return this == IL6 ? l.il6 : this == IFNG ? l.ifng : null;
    }

    /** parses the command-line spelling: none, il6, ifng */
    public static HeatLayer parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "il6", "il-6" -> IL6;
            case "ifng", "ifn-g", "ifn-γ" -> IFNG;
            default -> throw new IllegalArgumentException("layer must be none, il6 or ifng, not '" + s + "'");
        };
    }
}
