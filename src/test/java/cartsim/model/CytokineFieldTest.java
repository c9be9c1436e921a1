package cartsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CytokineFieldTest {

    @Test
    void diffusionConservesMass() {
        CytokineField f = new CytokineField("x", 37, 23, 0.3, 0, 15, 6, 2);
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        for (int i = 0; i < 200; i++) f.add(r.nextInt(37 * 23), (float) (r.nextDouble() * 100));
        double before = f.total();
        for (int k = 0; k < 500; k++) f.diffuse();
        assertEquals(before, f.total(), before * 1e-5, "no-flux edges: nothing leaves");
        assertEquals(0, f.decay(), 0, "no decay configured");
    }

    @Test
    void decayRemovesExactlyTheFirstOrderShare() {
        double k = 0.5, dtMin = 6;
        CytokineField f = new CytokineField("x", 20, 20, 0.3, k, 15, dtMin, 2);
        f.add(210, 1000f);
        double total = f.total();
        double removedSum = 0;
        for (int s = 0; s < 50; s++) {
            f.diffuse();
            double before = f.total();
            double removed = f.decay();
            assertEquals(before - f.total(), removed, before * 1e-5, "decay reports what it removed");
            removedSum += removed;
        }
        double expectedLeft = total * Math.exp(-k * 50 * dtMin / 60);
        assertEquals(expectedLeft, f.total(), expectedLeft * 1e-4);
        assertEquals(total, f.total() + removedSum, total * 1e-5, "mass balance: left + removed = start");
    }

    @Test
    void pointSourceSpreadsWithVarianceTwoDt() {
        // D in µm²/s, dx 15 µm, Δt 6 min, 4 sub-steps: variance per axis after t must be 2·D·t
        double d = 0.5, dx = 15, dtMin = 6;
        int n = 101, steps = 60;
        CytokineField f = new CytokineField("x", n, n, d, 0, dx, dtMin, 4);
        int c = n / 2;
        f.add(c * n + c, 1f);
        for (int s = 0; s < steps; s++) f.diffuse();
        double var = 0, mass = 0;
        float[] v = f.values();
        for (int i = 0; i < v.length; i++) {
            double x = (i % n - c) * dx;
            var += v[i] * x * x;
            mass += v[i];
        }
        var /= mass;
        double expected = 2 * d * steps * dtMin * 60;
        assertEquals(expected, var, expected * 0.01);
    }

    @Test
    void unstableSettingsAreRefused() {
        // D·Δt_sub/dx² = 5 · 360 / 225 = 8 > 0.25
        assertThrows(IllegalArgumentException.class, () -> new CytokineField("x", 10, 10, 5, 0, 15, 6, 1));
    }

    /** the plain full-lattice stencil the tracked ranges must reproduce */
    static float[] referenceStep(float[] v, int w, int h, float rr, int substeps, float keep) {
        float[] a = stencil(v, w, h, rr, substeps, false);
        for (int i = 0; i < a.length; i++) a[i] *= keep;
        return a;
    }

    /**
     * The five-point stencil over the whole lattice, every site as a sum of fluxes; with
     * {@code fieldOrder}, inner sites in the field's own order of float operations instead, so
     * results can match the field bit for bit.
     */
    static float[] stencil(float[] v, int w, int h, float rr, int substeps, boolean fieldOrder) {
        float[] a = v.clone(), b = new float[v.length];
        for (int k = 0; k < substeps; k++) {
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    float c = a[i];
                    if (fieldOrder && x > 0 && x < w - 1 && y > 0 && y < h - 1) {
                        b[i] = c + rr * (a[i - 1] + a[i + 1] + a[i - w] + a[i + w] - 4 * c);
                        continue;
                    }
                    float flux = 0;
                    if (x > 0) flux += a[i - 1] - c;
                    if (x < w - 1) flux += a[i + 1] - c;
                    if (y > 0) flux += a[i - w] - c;
                    if (y < h - 1) flux += a[i + w] - c;
                    b[i] = c + rr * flux;
                }
            float[] t = a; a = b; b = t;
        }
        return a;
    }

    @Test
    void trackedRangesGiveTheFullLatticeResult() {
        // sources scattered at random, including edges and corners, added between steps: every
        // value must match the full-lattice stencil (a missed range would lose mass at its border)
        int w = 41, h = 29, sub = 2;
        double d = 0.3, k = 0.5, dx = 15, dtMin = 6;
        CytokineField f = new CytokineField("x", w, h, d, k, dx, dtMin, sub, 0f, false);
        float rr = (float) (d * (dtMin * 60 / sub) / (dx * dx)), keep = (float) Math.exp(-k * dtMin / 60);
        float[] ref = new float[w * h];
        MersenneTwisterFast r = new MersenneTwisterFast(11);
        int[] corners = {0, w - 1, (h - 1) * w, w * h - 1};
        for (int step = 0; step < 300; step++) {
            if (step % 7 == 0) {
                int s = step < 28 ? corners[step / 7] : r.nextInt(w * h);
                float amount = (float) (r.nextDouble() * 1e5);
                f.add(s, amount);
                ref[s] += amount;
            }
            f.diffuse();
            f.decay();
            ref = referenceStep(ref, w, h, rr, sub, keep);
            for (int i = 0; i < ref.length; i++)
                assertEquals(ref[i], f.values()[i], 1e-4f * Math.max(1f, ref[i]), "site " + i + " at step " + step);
        }
    }

    @Test
    void denseAndSparsePassesAreTheSameStencilBitForBit() {
        // a field filling the tile takes the dense (vectorised) pass, a lone source the row-by-row
        // one: both must give exactly the plain stencil's floats, so the choice never shows in a result
        int w = 53, h = 31, sub = 2;
        double d = 0.3, dx = 15, dtMin = 6;
        float rr = (float) (d * (dtMin * 60 / sub) / (dx * dx));
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        for (boolean dense : new boolean[]{true, false}) {
            CytokineField f = new CytokineField("x", w, h, d, 0, dx, dtMin, sub, 0f, false);
            float[] ref = new float[w * h];
            int sources = dense ? w * h : 1;
            for (int k = 0; k < sources; k++) {
                int s = dense ? k : w * (h / 2) + w / 2;
                float amount = (float) (r.nextDouble() * 1e3);
                f.add(s, amount);
                ref[s] += amount;
            }
            for (int step = 0; step < 40; step++) {
                f.diffuse();
                ref = stencil(ref, w, h, rr, sub, true);
                for (int i = 0; i < ref.length; i++)
                    assertEquals(Float.floatToRawIntBits(ref[i]), Float.floatToRawIntBits(f.values()[i]),
                            (dense ? "dense" : "sparse") + " site " + i + " at step " + step);
            }
        }
    }

    @Test
    void theFlushErrorIsBoundedByFloorOverOneMinusKeep() {
        // flushing values below the floor removes at most floor per site per step; diffusion
        // (a convex average for r ≤ 1/4) and decay (× keep) do not enlarge an error, so the
        // largest difference from the unflushed field is ≤ floor / (1 − keep)
        int w = 60, h = 60, sub = 2;
        double d = 0.3, k = 0.5, dx = 15, dtMin = 6;
        float floor = 1f;
        CytokineField flushed = new CytokineField("x", w, h, d, k, dx, dtMin, sub, floor, false);
        CytokineField exact = new CytokineField("x", w, h, d, k, dx, dtMin, sub, 0f, false);
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        double removedFlushed = 0, removedExact = 0, maxErr = 0;
        for (int step = 0; step < 600; step++) {
            if (step < 300 && step % 3 == 0) {
                int s = r.nextInt(w * h);
                flushed.add(s, 3e5f);
                exact.add(s, 3e5f);
            }
            flushed.diffuse();
            exact.diffuse();
            removedFlushed += flushed.decay();
            removedExact += exact.decay();
            for (int i = 0; i < w * h; i++) maxErr = Math.max(maxErr, Math.abs(flushed.values()[i] - exact.values()[i]));
        }
        double keep = Math.exp(-k * dtMin / 60);
        assertTrue(maxErr <= floor / (1 - keep), "largest flush error " + maxErr + " pg/mL");
        assertTrue(maxErr > 0, "the floor was reached (else the test shows nothing)");
        assertEquals(removedExact + exact.total(), removedFlushed + flushed.total(), 1e-5 * removedExact,
                "flushed mass is counted as drained: the balance still closes");
        assertTrue(flushed.activeSites() < exact.activeSites() / 2, "the flush is what keeps the work local: "
                + flushed.activeSites() + " vs " + exact.activeSites() + " active sites");
    }

    @Test
    void aLumpedFieldReportsTheSameDrainWithOrWithoutItsMap() {
        CytokineField plain = new CytokineField("IL-6", 30, 30, 0.3, 0.5, 15, 6, 2, 1f, true);
        CytokineField shown = new CytokineField("IL-6", 30, 30, 0.3, 0.5, 15, 6, 2, 1f, true);
        shown.keepMap();
        MersenneTwisterFast r = new MersenneTwisterFast(2);
        for (int step = 0; step < 900; step++) {
            if (step < 200) {
                int s = r.nextInt(900);
                float a = (float) (r.nextDouble() * 1e4);
                plain.add(s, a);
                shown.add(s, a);
            }
            plain.diffuse();
            shown.diffuse();
            assertEquals(plain.decay(), shown.decay(), 0.0, "step " + step);
        }
        assertEquals(0, plain.activeSites(), "nobody looks at the plain map");
        assertEquals(0.0, plain.total(), 0.0, "drained below the floor at the end");
    }

    @Test
    void aFieldWithoutDrainKeepsTheSameValues() {
        CytokineField drained = new CytokineField("debris", 25, 25, 0.05, 0.2, 15, 6, 2, 1e-6f, false);
        CytokineField plain = new CytokineField("debris", 25, 25, 0.05, 0.2, 15, 6, 2, 1e-6f, false).withoutDrain();
        MersenneTwisterFast r = new MersenneTwisterFast(9);
        double removed = 0;
        for (int step = 0; step < 500; step++) {
            if (step % 5 == 0) {
                int s = r.nextInt(625);
                drained.add(s, 1f);
                plain.add(s, 1f);
            }
            drained.diffuse();
            plain.diffuse();
            removed += drained.decay();
            assertEquals(0.0, plain.decay(), 0.0);
            org.junit.jupiter.api.Assertions.assertArrayEquals(drained.values(), plain.values(), "step " + step);
        }
        assertTrue(removed > 0);
    }
}
