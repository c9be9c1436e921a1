package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blood that shows expansion, and persistence at the level of the population kinetics model
 * (Stein 2019: the long-lived fraction is ~0.8 % of the peak). On the default preset (a few
 * identical patients, 90 days): the blood peak (label Cmax, days 1–28) falls within 2 days of the
 * whole-body peak, and the CAR-T count at day 90 is 0.3–2 % of the whole-body peak.
 *
 * <p>Checked by switching the mechanisms off by hand: without activated recirculation
 * ({@code cart.activated_egress_per_day} 0) blood peaks after the tissue peak, as unstimulated
 * cells leave only once the tumor is gone; without the memory fraction
 * ({@code cart.effector_to_memory_per_day} 0) the day-90 share falls below 0.3 %.
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
            out[k] = new double[]{peakDay, bloodDay, cells[cells.length - 1] / peak};
        });
        return out;
    }

    @Test
    void bloodPeaksWithExpansionAndAFewPercentPersistToDay90() {
        double[][] r = run();
        for (double[] seed : r) {
            assertTrue(Math.abs(seed[1] - seed[0]) <= 2, "blood peak day " + seed[1] + " vs whole-body peak day " + seed[0]);
            assertTrue(seed[2] >= 0.003 && seed[2] <= 0.02, "day-90 CAR-T " + 100 * seed[2] + " % of the peak (band 0.3–2 %)");
        }
    }
}
