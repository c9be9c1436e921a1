package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The macrophages' activation update in lanes is the model's per-macrophage rule, bit for bit. */
class MacrophageLanesTest {

    /** the rule as Myeloid's scalar loop states it, with its skips */
    private static double rule(double i, double d, double a, double ih, double dh, double on, double off) {
        if (i == 0 && d == 0 && a == 0) return a; // at rest with nothing around: it stays exactly so
        double ri = i / ih, rd = d / dh;
        double stim = Math.min(1, (i == 0 ? 0 : ri * ri / (1 + ri * ri)) + (d == 0 ? 0 : rd * rd / (1 + rd * rd)));
        a += on * stim * (1 - a) - off * a;
        return Math.max(0, Math.min(1, a));
    }

    @Test
    void lanesAndTheirScalarTwinGiveTheRulesDoublesBitForBit() {
        SplittableRandom r = new SplittableRandom(9);
        double ih = 2e6, dh = 0.5, on = 0.05, off = 0.01;
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(70); // lane remainders of every size
            double[] i = new double[n], d = new double[n], a = new double[n];
            for (int k = 0; k < n; k++) {
                i[k] = r.nextInt(3) == 0 ? 0 : (float) Math.exp(r.nextDouble(-5, 17)); // fields are floats
                d[k] = r.nextInt(2) == 0 ? 0 : (float) Math.exp(r.nextDouble(-20, 3));
                a[k] = r.nextInt(3) == 0 ? 0 : (float) r.nextDouble();
            }
            double[] lanes = a.clone(), twin = a.clone();
            if (Simd.AVAILABLE) MacrophageLanes.activate(i, d, lanes, n, ih, dh, on, off);
            MacrophageLanes.activateScalar(i, d, twin, 0, n, ih, dh, on, off);
            for (int k = 0; k < n; k++) {
                long expected = Double.doubleToRawLongBits(rule(i[k], d[k], a[k], ih, dh, on, off));
                assertEquals(expected, Double.doubleToRawLongBits(twin[k]), "scalar twin, macrophage " + k);
                if (Simd.AVAILABLE) assertEquals(expected, Double.doubleToRawLongBits(lanes[k]), "lanes, macrophage " + k);
            }
        }
    }
}
