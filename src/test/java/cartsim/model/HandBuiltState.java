package cartsim.model;

import java.util.Arrays;

/** Sets up a started model's lattice by hand for rendering tests (uses package-private agent access). */
public final class HandBuiltState {
    private HandBuiltState() {}

    /** removes every tumor cell, CAR-T cell, macrophage and cytokine from a started model */
    public static void clear(CarTModel m) {
        m.tumor.clearAll();
        for (int i = 0; i < m.cart.count; i++) m.cart.kill(i, m.tumor);
        m.cart.count = 0;
        Arrays.fill(m.cart.at, -1);
        m.myeloid.pos = new int[0];
        m.myeloid.activation = new float[0];
        m.il6.clear();
        m.ifng.clear();
    }

    /** a live tumor cell at (x, y) with the given current and heritable antigen densities */
    public static void tumor(CarTModel m, int x, int y, float cd19, float cd22, float bcma) {
        float[] ag = new float[Antigen.COUNT];
        ag[Antigen.CD19] = cd19;
        ag[Antigen.CD22] = cd22;
        ag[Antigen.BCMA] = bcma;
        m.tumor.putCell(y * m.width + x, ag, m.random);
    }

    /** an empty site that shows the "just killed" flash */
    public static void killedJustNow(CarTModel m, int x, int y) {
        int s = y * m.width + x;
        if (m.tumor.state[s] == Tumor.LIVE) m.tumor.remove(s);
        m.tumor.flash(s, (byte) 5);
    }

    /** a CAR-T cell of the given phenotype on (x, y) */
    public static void cart(CarTModel m, int x, int y, byte phenotype) {
        int s = y * m.width + x;
        int i = m.cart.addToBlood(phenotype, false, (byte) 0, 1f, 0f);
        m.cart.pos[i] = s;
        m.cart.at[s] = i;
    }

    /** a macrophage on (x, y) with the given activation */
    public static void macrophage(CarTModel m, int x, int y, float activation) {
        int n = m.myeloid.pos.length;
        m.myeloid.pos = Arrays.copyOf(m.myeloid.pos, n + 1);
        m.myeloid.activation = Arrays.copyOf(m.myeloid.activation, n + 1);
        m.myeloid.pos[n] = y * m.width + x;
        m.myeloid.activation[n] = activation;
    }
}
