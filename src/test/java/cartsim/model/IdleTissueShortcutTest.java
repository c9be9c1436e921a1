package cartsim.model;

import cartsim.model.params.Parameters;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle-tissue shortcut (CAR-T cells stop walking once the tile has no tumor and no active
 * cell) must leave the distribution of every output unchanged. Until the tile turns idle a run
 * with the shortcut and the step-by-step reference consume the same random numbers, so with the
 * same seed they reach the idle state in the same state; afterwards only the random stream
 * differs. The test compares the two arms over a fixed list of seeds on what still changes after
 * clearance (live and memory CAR-T at the end, blood share over the last days), and shows with a deliberately biased
 * reference (effector half-life × 0.8) that the same comparison would notice a change of that size.
 */
class IdleTissueShortcutTest {
    static final int SEEDS = 30;

    static Parameters scenario(boolean shortcut, double effectorHalfLifeDays) {
        return TestScenarios.params("simulation.lattice_width", 50, "simulation.lattice_height", 50,
                "simulation.days", 24.0, "simulation.idle_tissue_shortcut", shortcut,
                "cart.effector_half_life_days", effectorHalfLifeDays);
    }

    /** per seed [end-of-run live CAR-T, blood share over the last 6 days, end-of-run memory CAR-T]; adds up idle steps */
    static double[][] arm(boolean shortcut, double effectorHalfLifeDays, long[] idleSteps) {
        double[][] out = new double[3][SEEDS];
        long[] idle = new long[SEEDS];
        // each seed writes only its own slots, so the parallel loop gives the same arrays as a serial one
        java.util.stream.IntStream.range(0, SEEDS).parallel().forEach(k -> {
            CarTModel m = new CarTModel(scenario(shortcut, effectorHalfLifeDays), 1000 + k);
            m.runToEnd();
            int[] c = m.cartCounts();
            out[0][k] = c[0] + c[1];
            out[1][k] = meanBloodShare(m);
            out[2][k] = c[2];
            idle[k] = m.cart.idleSteps;
        });
        for (long i : idle) idleSteps[0] += i;
        return out;
    }

    /** blood share of live CAR-T averaged over the last 6 days of rows (one instant is too noisy to compare) */
    static double meanBloodShare(CarTModel m) {
        double[] blood = m.series.get("cart_blood"), all = m.series.get("cart_cells");
        double sum = 0;
        int n = 0;
        for (int r = Math.max(0, blood.length - 24); r < blood.length; r++)
            if (all[r] > 0) {
                sum += blood[r] / all[r];
                n++;
            }
        return n == 0 ? 0 : sum / n;
    }

    /** Welch-style z of the paired mean difference (same seeds reach idleness in the same state) */
    static double pairedZ(double[] a, double[] b) {
        int n = a.length;
        double mean = 0, sq = 0;
        for (int i = 0; i < n; i++) mean += (a[i] - b[i]) / n;
        for (int i = 0; i < n; i++) sq += Math.pow(a[i] - b[i] - mean, 2);
        double se = Math.sqrt(sq / (n - 1) / n);
        return se == 0 ? 0 : mean / se;
    }

    @Test
    void shortcutLeavesTheEndStateDistributionUnchanged() {
        double halfLife = TestScenarios.params().cart().effector_half_life_days();
        long[] idleOn = {0}, idleOff = {0}, idleBiased = {0};
        double[][] on = arm(true, halfLife, idleOn);
        double[][] off = arm(false, halfLife, idleOff);
        double[][] biased = arm(false, halfLife * 0.8, idleBiased);

        // the shortcut was really used, and only when switched on
        assertTrue(idleOn[0] > SEEDS * 240L * 3, "idle steps with the shortcut: " + idleOn[0]);
        assertEquals(0, idleOff[0]);

        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        String[] what = {"live CAR-T", "blood share", "memory CAR-T"};
        for (int q = 0; q < 3; q++) {
            double p = ks.kolmogorovSmirnovTest(on[q], off[q]);
            double z = pairedZ(on[q], off[q]);
            assertTrue(p > 0.001, what[q] + ": KS p = " + p);
            assertTrue(Math.abs(z) < 3.3, what[q] + ": paired z = " + z);
        }
        // power: the same paired comparison sees a 20 % shorter effector half-life
        double zBiased = pairedZ(biased[0], off[0]);
        assertTrue(Math.abs(zBiased) > 3.3, "a 20 % change of effector half-life went unnoticed: z = " + zBiased);
    }
}
