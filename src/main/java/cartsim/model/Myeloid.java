package cartsim.model;

import cartsim.model.params.MyeloidParams;
import cartsim.model.params.Parameters;
import ec.util.MersenneTwisterFast;

/**
 * Bystander macrophages at fixed lattice sites. Local IFN-γ and debris of killed tumor cells
 * (DAMPs) activate them; activated macrophages release IL-6, the main driver of CRS (S29).
 */
public final class Myeloid {
    public int[] pos = new int[0];
    public float[] activation = new float[0];
    private double onPerStep, offPerStep, ifngHalf, dampHalf;
    private float il6PerStep;
    /** the per-macrophage columns, listed once */
    final CellStore store = new CellStore().column(() -> pos, a -> pos = a).column(() -> activation, a -> activation = a);

    void place(Parameters params, int sites, MersenneTwisterFast rng) {
        int n = 0;
        int[] tmp = new int[sites];
        double density = params.myeloid().density();
        for (int s = 0; s < sites; s++) if (rng.nextDouble() < density) tmp[n++] = s;
        pos = java.util.Arrays.copyOf(tmp, n);
        activation = new float[n];
    }

    void configure(Parameters params, double dtH, double siteVolumeMl) {
        MyeloidParams p = params.myeloid();
        onPerStep = p.activation_rate_per_hour() * dtH;
        offPerStep = p.deactivation_rate_per_hour() * dtH;
        ifngHalf = p.ifng_half_activation_pg_per_ml();
        dampHalf = p.damp_half_activation();
        il6PerStep = (float) (p.il6_secretion_pg_per_cell_per_h() * dtH / siteVolumeMl);
    }

    /** returns agent-steps done */
    long step(CarTModel m, StepModifiers mod) {
        float[] ifng = m.ifng.v, damp = m.damp.v;
        float il6 = (float) (il6PerStep * mod.cytokineProduction());
        if (pos.length >= LANES_FROM && Simd.ready()) return stepInLanes(m, ifng, damp, il6);
        for (int k = 0; k < pos.length; k++) {
            int s = pos[k];
            double i = ifng[s], d = damp[s];
            double a = activation[k];
            if (i == 0 && d == 0 && a == 0) continue; // at rest with nothing around: it stays exactly so
            a = MacrophageLanes.rule(i, d, a, ifngHalf, dampHalf, onPerStep, offPerStep);
            activation[k] = (float) a;
            if (a > 1e-4) m.il6.add(s, (float) (il6 * a));
        }
        return pos.length;
    }

    /** below this many macrophages the lanes' gather and scatter passes are not worth it */
    private static final int LANES_FROM = 32;
    // the lanes' inputs and outputs, one slot per macrophage (made on first use)
    private double[] ifngAt = new double[0], dampAt = new double[0], next = new double[0];

    /**
     * The same update as the loop in {@link #step}, bit for bit: the macrophages' IFN-γ, debris
     * and activation are gathered into lines, updated in SIMD lanes ({@link MacrophageLanes}), and
     * the activations and IL-6 written back in macrophage order (so IL-6 adds up in the same order).
     */
    private long stepInLanes(CarTModel m, float[] ifng, float[] damp, float il6) {
        int n = pos.length;
        if (next.length != n) {
            ifngAt = new double[n];
            dampAt = new double[n];
            next = new double[n];
        }
        for (int k = 0; k < n; k++) {
            int s = pos[k];
            ifngAt[k] = ifng[s];
            dampAt[k] = damp[s];
            next[k] = activation[k];
        }
        MacrophageLanes.activate(ifngAt, dampAt, next, n, ifngHalf, dampHalf, onPerStep, offPerStep);
        for (int k = 0; k < n; k++) {
            double a = next[k];
            activation[k] = (float) a;
            if (a > 1e-4) m.il6.add(pos[k], (float) (il6 * a));
        }
        return n;
    }

    /** bytes of the lanes' lines (0 until the lanes first run) */
    long scratchBytes() {
        return 24L * next.length;
    }

    public double meanActivation() {
        if (pos.length == 0) return 0;
        double s = 0;
        for (float a : activation) s += a;
        return s / pos.length;
    }
}
