package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SIMD stencil is the scalar stencil: same floats, bit for bit, for any range and values. */
class VectorStencilTest {

    @Test
    void theTestRunnerHasTheVectorModuleSoTheSuiteRunsTheLanes() {
        // surefire's argLine adds --add-modules jdk.incubator.vector, as the launcher does: without
        // it every other test would check only the scalar path
        assertTrue(Simd.AVAILABLE, "jdk.incubator.vector is not in this JVM's boot layer");
    }

    @Test
    void enablingTheLanesWarmsThemUpAndSwitchesThemOn() throws InterruptedException {
        // a liveness check, not a timing: a minute is far beyond the fraction of a second it takes
        assertTrue(Simd.enableAndWait(60_000), "the lanes' warm-up did not finish");
    }

    @Test
    void lanesGiveTheScalarStencilsFloatsBitForBit() {
        int w = 37, h = 11; // a width that is no multiple of any lane count
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            float[] a = new float[w * h];
            for (int i = 0; i < a.length; i++) a[i] = value(r);
            float rate = (float) (0.25 * r.nextDouble());
            // every range of inner sites, from a few sites to all inner rows, at odd offsets
            int from = w + r.nextInt(w * 3);
            int to = Math.min((h - 1) * w - 1, from + r.nextInt(w * (h - 2)));
            float[] lanes = new float[w * h], scalar = new float[w * h];
            VectorStencil.fivePoint(a, lanes, from, to, w, rate);
            VectorStencil.fivePointScalar(a, scalar, from, to, w, rate);
            for (int i = 0; i < a.length; i++)
                assertEquals(Float.floatToRawIntBits(scalar[i]), Float.floatToRawIntBits(lanes[i]),
                        "site " + i + " of range [" + from + ", " + to + "], round " + round);
        }
    }

    /** zeros (most of a field), subnormals (far below the floor), ordinary and large values */
    private static float value(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0: return 0f;
            case 1: return Float.MIN_VALUE * r.nextInt(1, 1000);
            case 2: return (float) (r.nextDouble() * 1e6);
            case 3: return (float) Math.exp(r.nextDouble(-80, 80));
            default: return (float) r.nextDouble();
        }
    }
}
