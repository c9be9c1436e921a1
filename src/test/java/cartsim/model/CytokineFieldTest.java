package cartsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
