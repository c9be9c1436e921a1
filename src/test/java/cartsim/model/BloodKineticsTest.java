package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blood that shows expansion, and persistence at the level of the population kinetics model
 * (Stein 2019: the long-lived fraction is ~0.8 % of the peak). On the default preset (a few
 * identical patients, 90 days): the blood peak (label Cmax, days 1–28) falls within 2 days of the
 * whole-body peak, blood follows the expansion on the way up (its share of the body's CAR-T, at a
 * quarter of the peak, is at least a quarter of its share at the peak), and the CAR-T count at
 * day 90 is 0.3–2 % of the whole-body peak.
 *
 * <p>Checked by switching the mechanisms off by hand: without activated recirculation
 * ({@code cart.activated_egress_per_day} 0) blood holds 0.0/µL at day 5 while the body holds 764
 * cells, and the share on the way up falls to ~1 % of the share at the peak (default seed 1);
 * without memory conversion ({@code cart.effector_to_memory_per_day} 0) the day-90 share falls to
 * 0.04 %.
 */
class BloodKineticsTest {
    static final int SEEDS = 4;

    /** per seed: [whole-body peak day, blood peak day, day-90 cells / peak cells] */
    static double[][] run(Object... overrides) {
        double[][] out = new double[SEEDS][];
        java.util.stream.IntStream.range(0, SEEDS).parallel().forEach(k -> {
            Object[] kv = new Object[overrides.length + 2];
            kv[0] = "simulation.days";
            kv[1] = 90.0;
            System.arraycopy(overrides, 0, kv, 2, overrides.length);
            CarTModel m = new CarTModel(TestScenarios.params(kv), 1 + k);
            m.runToEnd();
            double[] cells = m.series.get("cart_cells");
            double peak = Arrays.stream(cells).max().orElse(0);
            double peakDay = m.endpoints.peakDay, bloodDay = m.endpoints.peakBloodDay;
            out[k] = new double[]{peakDay, bloodDay, cells[cells.length - 1] / peak, expansionBloodShare(m.series.get("cart_blood_per_ul"), cells)};
        });
        return out;
    }

    /**
     * blood per µL over whole-body cells on the way up (the first row with a quarter of the peak),
     * relative to the same ratio at the peak: near 1 when blood follows the expansion, near 0
     * when blood only fills once stimulation stops
     */
    static double expansionBloodShare(double[] bloodPerUl, double[] cells) {
        int top = 0;
        for (int r = 0; r < cells.length; r++) if (cells[r] > cells[top]) top = r;
        int rise = 0;
        while (cells[rise] < cells[top] / 4) rise++;
        return (bloodPerUl[rise] / cells[rise]) / (bloodPerUl[top] / cells[top]);
    }

    @Test
    void bloodPeaksWithExpansionAndAFewPercentPersistToDay90() {
        double[][] r = run();
        for (double[] seed : r) {
            assertTrue(Math.abs(seed[1] - seed[0]) <= 2, "blood peak day " + seed[1] + " vs whole-body peak day " + seed[0]);
            assertTrue(seed[3] >= 0.25, "on the way up blood holds " + seed[3] + " of its share at the peak");
            assertTrue(seed[2] >= 0.003 && seed[2] <= 0.02, "day-90 CAR-T " + 100 * seed[2] + " % of the peak (band 0.3–2 %)");
        }
    }
}
