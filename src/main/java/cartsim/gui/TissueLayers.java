package cartsim.gui;

import cartsim.model.CarT;
import cartsim.model.CarTModel;
import cartsim.model.params.Logic;
import cartsim.model.params.Parameters;
import cartsim.model.Tumor;
import sim.field.grid.IntGrid2D;

/**
 * Integer-coded mirrors of the model's per-site arrays, one grid per display layer, refreshed
 * once per frame. The display portrays these grids with MASON's array portrayals and the
 * offscreen renderer reads the same codes, so both show the same picture; the model's own
 * arrays are never touched by the GUI.
 */
public final class TissueLayers {
    public final int width, height;
    public final IntGrid2D tumor, cart, myeloid, il6, ifng;

    public TissueLayers(int width, int height) {
        this.width = width;
        this.height = height;
        tumor = new IntGrid2D(width, height);
        cart = new IntGrid2D(width, height);
        myeloid = new IntGrid2D(width, height);
        il6 = new IntGrid2D(width, height);
        ifng = new IntGrid2D(width, height);
    }

    /** copies the current model state into the grids (call from the model thread, between steps) */
    public void refresh(CarTModel m) {
        refreshTumor(m);
        refreshCart(m);
        refreshMyeloid(m);
        refreshHeat(il6, m.il6.values());
        refreshHeat(ifng, m.ifng.values());
    }

    private void refreshTumor(CarTModel m) {
        Tumor t = m.tumor;
        Parameters p = m.params();
        int[] tg = p.product().targets().stream().mapToInt(Enum::ordinal).toArray();
        Logic logic = p.product().logic();
        double det = p.disease().antigen_detection_limit_molecules();
        int[][] g = tumor.field;
        for (int y = 0, s = 0; y < height; y++) {
            for (int x = 0; x < width; x++, s++) {
                int code;
                if (t.state[s] == Tumor.LIVE) {
                    double d = recognisedDensity(t, s, tg, logic);
                    code = negative(t, s, tg, logic, det) ? TissuePalette.TUMOR_NEGATIVE : TissuePalette.tumorLevel(d);
                } else {
                    code = t.flash[s] > 0 ? TissuePalette.TUMOR_FLASH : TissuePalette.TUMOR_NONE;
                }
                g[x][y] = code;
            }
        }
    }

    /**
     * Antigen density the CAR sees on the cell: the first target's for a single-target CAR; for
     * two targets the stronger (OR) or weaker (AND) one, matching how the model combines signals.
     */
    static double recognisedDensity(Tumor t, int s, int[] tg, Logic logic) {
        double d = t.agCur[tg[0]][s];
        if (tg.length == 1 || logic == Logic.SINGLE) return d;
        double d1 = t.agCur[tg[1]][s];
        return logic == Logic.AND ? Math.min(d, d1) : Math.max(d, d1);
    }

    /** antigen-negative for the CAR, with the same rule as {@link CarTModel#antigenStatus()} */
    static boolean negative(Tumor t, int s, int[] tg, Logic logic, double detectionLimit) {
        int detected = 0;
        for (int a : tg) if (t.agCur[a][s] >= detectionLimit) detected++;
        return logic == Logic.AND ? detected < tg.length : detected == 0;
    }

    private void refreshCart(CarTModel m) {
        CarT c = m.cart;
        int[][] g = cart.field;
        for (int y = 0, s = 0; y < height; y++) {
            for (int x = 0; x < width; x++, s++) {
                int i = c.at[s];
                int code = TissuePalette.CART_NONE;
                if (i >= 0) {
                    byte ph = c.pheno[i];
                    code = ph == CarT.MEMORY ? TissuePalette.CART_MEMORY
                            : ph == CarT.EFFECTOR ? TissuePalette.CART_EFFECTOR
                            : ph == CarT.EXHAUSTED ? TissuePalette.CART_EXHAUSTED : TissuePalette.CART_NONE;
                }
                g[x][y] = code;
            }
        }
    }

    private void refreshMyeloid(CarTModel m) {
        myeloid.setTo(0);
        int[][] g = myeloid.field;
        int[] pos = m.myeloid.pos;
        float[] act = m.myeloid.activation;
        for (int k = 0; k < pos.length; k++) g[pos[k] % width][pos[k] / width] = TissuePalette.myeloidLevel(act[k]);
    }

    private void refreshHeat(IntGrid2D grid, float[] v) {
        int[][] g = grid.field;
        for (int y = 0, s = 0; y < height; y++)
            for (int x = 0; x < width; x++, s++) g[x][y] = TissuePalette.heatLevel(v[s]);
    }
}
