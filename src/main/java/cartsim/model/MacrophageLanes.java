package cartsim.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The macrophages' activation update in SIMD lanes: cooperative (Hill n = 2) sensing of IFN-γ and
 * debris, then relaxation toward the stimulus. In the late follow-up IFN-γ trails cover the tile,
 * so every macrophage is updated every step, and the update's four divisions are most of its cost.
 *
 * <p>Each lane does {@link #activateScalar}'s double operations in its order (the Vector API
 * neither fuses nor reorders them; its MIN and MAX are Math.min and Math.max), so the results are
 * bit-identical to it. Call {@link #activate} only when {@link Simd#AVAILABLE}.
 */
final class MacrophageLanes {
    private MacrophageLanes() {
    }

    /**
     * a[k] ← clamp(a + on·stim·(1 − a) − off·a) with stim = min(1, Hill₂(i/ih) + Hill₂(d/dh)), for k
     * in [0, n); i, d, a hold the macrophages' IFN-γ, debris and activation
     */
    static void activate(double[] i, double[] d, double[] a, int n, double ih, double dh, double on, double off) {
        Lanes.activate(i, d, a, n, ih, dh, on, off);
    }

    /** runs the lanes on made-up macrophages of several counts until the JIT has compiled them */
    static void warmUp() {
        int n = 311;
        double[] i = new double[n], d = new double[n], a = new double[n];
        for (int k = 0; k < n; k++) {
            i[k] = k % 3 == 0 ? 0 : k * 1e3;
            d[k] = k % 5 == 0 ? 0 : k * 1e-3;
        }
        for (int k = 0; k < 30000; k++) {
            activate(i, d, a, n - k % 5, 2e6, 0.5, 0.05, 0.01);
            if (k % 1000 == 0) java.util.Arrays.fill(a, 0); // keep the values ordinary
        }
    }

    /**
     * The rule for one macrophage, stated once: cooperative (Hill n = 2) sensing, so isolated kills
     * barely register while clusters of killing and IFN-γ-rich foci activate strongly (the
     * amplification behind CRS), then relaxation toward the stimulus. A term with no cytokine is
     * exactly 0 (0·0/(1 + 0)), so a macrophage at rest with nothing around stays exactly 0.
     */
    static double rule(double i, double d, double a, double ih, double dh, double on, double off) {
        double ri = i / ih, rd = d / dh;
        double stim = Math.min(1, ri * ri / (1 + ri * ri) + rd * rd / (1 + rd * rd));
        a += on * stim * (1 - a) - off * a;
        return Math.max(0, Math.min(1, a));
    }

    /** the scalar update the lanes must equal: {@link #rule} for k in [from, n) */
    static void activateScalar(double[] i, double[] d, double[] a, int from, int n, double ih, double dh, double on, double off) {
        for (int k = from; k < n; k++) a[k] = rule(i[k], d[k], a[k], ih, dh, on, off);
    }

    /** holds the vector types, so that nothing of the module is resolved unless it is used */
    private static final class Lanes {
        private static final VectorSpecies<Double> SPECIES =
                DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256 ? DoubleVector.SPECIES_256 : DoubleVector.SPECIES_PREFERRED;

        static void activate(double[] i, double[] d, double[] a, int n, double ih, double dh, double on, double off) {
            int len = SPECIES.length(), k = 0;
            // constants broadcast once: scalar operands inside the loop defeat the intrinsics
            DoubleVector one = DoubleVector.broadcast(SPECIES, 1), zero = DoubleVector.broadcast(SPECIES, 0);
            DoubleVector ihv = DoubleVector.broadcast(SPECIES, ih), dhv = DoubleVector.broadcast(SPECIES, dh);
            DoubleVector onv = DoubleVector.broadcast(SPECIES, on), offv = DoubleVector.broadcast(SPECIES, off);
            for (int last = n - len; k <= last; k += len) {
                DoubleVector ri = DoubleVector.fromArray(SPECIES, i, k).div(ihv);
                DoubleVector rd = DoubleVector.fromArray(SPECIES, d, k).div(dhv);
                DoubleVector ri2 = ri.mul(ri), rd2 = rd.mul(rd);
                DoubleVector stim = ri2.div(one.add(ri2)).add(rd2.div(one.add(rd2))).min(one);
                DoubleVector x = DoubleVector.fromArray(SPECIES, a, k);
                x = x.add(onv.mul(stim).mul(one.sub(x)).sub(offv.mul(x)));
                x.min(one).max(zero).intoArray(a, k);
            }
            activateScalar(i, d, a, k, n, ih, dh, on, off);
        }
    }
}
