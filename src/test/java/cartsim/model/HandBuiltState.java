package cartsim.model;

import java.util.Arrays;

/** Sets up a started model's lattice by hand for rendering tests (uses package-private agent access). */
public final class HandBuiltState {
    private HandBuiltState() {}

    /** removes every tumor cell, CAR-T cell, macrophage and cytokine from a started model */
    public static void clear(CarTModel m) {
        Arrays.fill(m.tumor.state, Tumor.EMPTY);
        Arrays.fill(m.tumor.flash, (byte) 0);
        m.tumor.live = 0;
        for (int i = 0; i < m.cart.count; i++) m.cart.kill(i, m.tumor);
        m.cart.count = 0;
        Arrays.fill(m.cart.at, -1);
        m.myeloid.pos = new int[0];
        m.myeloid.activation = new float[0];
        Arrays.fill(m.il6.v, 0f);
        Arrays.fill(m.ifng.v, 0f);
    }

    /** a live tumor cell at (x, y) with the given current and heritable antigen densities */
    public static void tumor(CarTModel m, int x, int y, float cd19, float cd22, float bcma) {
        int s = y * m.width + x;
        if (m.tumor.state[s] != Tumor.LIVE) m.tumor.live++;
        m.tumor.state[s] = Tumor.LIVE;
        float[] ag = {cd19, cd22, bcma};
        for (int a = 0; a < Antigen.COUNT; a++) {
            m.tumor.agCur[a][s] = ag[a];
            m.tumor.agBase[a][s] = ag[a];
        }
    }

    /** an empty site that shows the "just killed" flash */
    public static void killedJustNow(CarTModel m, int x, int y) {
        int s = y * m.width + x;
        if (m.tumor.state[s] == Tumor.LIVE) m.tumor.live--;
        m.tumor.state[s] = Tumor.EMPTY;
        m.tumor.flash[s] = 5;
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
