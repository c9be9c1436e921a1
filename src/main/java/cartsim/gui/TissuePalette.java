package cartsim.gui;

import java.awt.Color;

/**
 * The one definition of the tissue colours, shared by the live display (as MASON colour tables
 * for integer-coded grids) and the offscreen renderer (same tables, same codes), so that a
 * snapshot for a slide looks exactly like the classroom screen. Every layer is an integer code
 * per site; code 0 is always "nothing here" and transparent.
 */
public final class TissuePalette {
    private TissuePalette() {}

    public static final Color BACKGROUND = new Color(18, 18, 24);
    public static final Color TEXT = new Color(235, 235, 235);
    public static final Color TEXT_DIM = new Color(170, 170, 180);
    static final Color CLEAR = new Color(0, 0, 0, 0);

    // ---- tumor layer ----
    /** antigen-negative for the CAR: cool grey-blue, far from the warm positives */
    public static final Color NEGATIVE = new Color(104, 132, 170);
    /** a cell killed within the last hour */
    public static final Color FLASH = new Color(255, 255, 190);
    public static final int TUMOR_NONE = 0, TUMOR_NEGATIVE = 1, TUMOR_FLASH = 2, TUMOR_FIRST_LEVEL = 3;
    /** steps of the continuous antigen scale; enough that neighbouring steps look alike */
    public static final int ANTIGEN_LEVELS = 64;
    /** antigen density at the ends of the log colour scale (molecules/cell) */
    public static final double ANTIGEN_LOW = 100, ANTIGEN_HIGH = 100_000;
    private static final Color AG_LOW = new Color(255, 236, 160), AG_MID = new Color(255, 150, 40),
            AG_HIGH = new Color(190, 20, 20);
    public static final Color[] TUMOR_COLORS = tumorColors();

    // ---- CAR-T layer ----
    public static final int CART_NONE = 0, CART_MEMORY = 1, CART_EFFECTOR = 2, CART_EXHAUSTED = 3;
    public static final Color MEMORY = new Color(40, 170, 255), EFFECTOR = new Color(60, 235, 90),
            EXHAUSTED = new Color(175, 120, 215);
    public static final Color[] CART_COLORS = {CLEAR, MEMORY, EFFECTOR, EXHAUSTED};

    // ---- macrophage layer: faint, brighter and pinker when activated ----
    public static final int MYELOID_LEVELS = 8;
    private static final Color MAC_REST = new Color(150, 150, 150, 60), MAC_ACTIVE = new Color(255, 90, 220, 200);
    public static final Color[] MYELOID_COLORS = ramp(MYELOID_LEVELS, MAC_REST, MAC_ACTIVE, true);

    // ---- cytokine heat maps: log scale, transparent at the low end so the cells show through ----
    public static final int HEAT_LEVELS = 48;
    /** tissue concentration at the ends of the heat-map scale (pg/mL) */
    public static final double HEAT_LOW = 1_000, HEAT_HIGH = 1_000_000;
    public static final Color IL6_HOT = new Color(200, 60, 255), IFNG_HOT = new Color(0, 220, 230);
    public static final Color[] IL6_COLORS = ramp(HEAT_LEVELS, new Color(200, 60, 255, 20), new Color(200, 60, 255, 170), true);
    public static final Color[] IFNG_COLORS = ramp(HEAT_LEVELS, new Color(0, 220, 230, 20), new Color(0, 220, 230, 170), true);

    /** the tumor code of a live cell whose CAR-relevant antigen density is {@code density} */
    public static int tumorLevel(double density) {
        return TUMOR_FIRST_LEVEL + logBin(density, ANTIGEN_LOW, ANTIGEN_HIGH, ANTIGEN_LEVELS);
    }

    /** the macrophage code for an activation in [0, 1] */
    public static int myeloidLevel(double activation) {
        return 1 + Math.min(MYELOID_LEVELS - 1, (int) (Math.max(0, activation) * MYELOID_LEVELS));
    }

    /** the heat-map code for a concentration (0 below the scale: fully transparent) */
    public static int heatLevel(double pgPerMl) {
        if (!(pgPerMl > HEAT_LOW)) return 0;
        return 1 + logBin(pgPerMl, HEAT_LOW, HEAT_HIGH, HEAT_LEVELS);
    }

    /** colour of a point on the antigen scale, t in [0, 1] from low to high density */
    public static Color antigenColor(double t) {
        return t < 0.5 ? mix(AG_LOW, AG_MID, t * 2) : mix(AG_MID, AG_HIGH, (t - 0.5) * 2);
    }

    static int logBin(double v, double lo, double hi, int bins) {
        double t = (Math.log(Math.max(v, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        return Math.min(bins - 1, (int) (t * bins));
    }

    private static Color[] tumorColors() {
        Color[] c = new Color[TUMOR_FIRST_LEVEL + ANTIGEN_LEVELS];
        c[TUMOR_NONE] = CLEAR;
        c[TUMOR_NEGATIVE] = NEGATIVE;
        c[TUMOR_FLASH] = FLASH;
        for (int i = 0; i < ANTIGEN_LEVELS; i++) c[TUMOR_FIRST_LEVEL + i] = antigenColor(i / (ANTIGEN_LEVELS - 1.0));
        return c;
    }

    /** code 0 clear, codes 1..levels from {@code from} to {@code to} (or 0..levels-1 without the clear slot) */
    private static Color[] ramp(int levels, Color from, Color to, boolean clearZero) {
        int n = clearZero ? levels + 1 : levels;
        Color[] c = new Color[n];
        int off = clearZero ? 1 : 0;
        if (clearZero) c[0] = CLEAR;
        for (int i = 0; i < levels; i++) c[off + i] = mix(from, to, levels == 1 ? 1 : i / (levels - 1.0));
        return c;
    }

    static Color mix(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t),
                (int) Math.round(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * t));
    }
}
