package cartsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact binomial sampler against the exact pmf (chi-square, α = 0.001) on both of its paths
 * (inversion and order-statistic halving), and against the normal limit at patient-scale n. The
 * test has power: the same statistic rejects the pmf of p × 1.05 on those draws.
 */
class BinomialTest {
    static final int DRAWS = 100_000;

    static double chiSquareP(long[] draws, int n, double p) {
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        int lo = (int) Math.max(0, n * p - 6 * Math.sqrt(n * p * (1 - p)) - 1);
        int hi = (int) Math.min(n, n * p + 6 * Math.sqrt(n * p * (1 - p)) + 1);
        // bins of expected count ≥ 20, tails merged
        double chi = 0;
        int dof = -1;
        double exp = b.cumulativeProbability(lo) * draws.length;
        long obs = Arrays.stream(draws).filter(v -> v <= lo).count();
        for (int k = lo + 1; k <= hi + 1; k++) {
            if (exp >= 20 || k == hi + 1) {
                if (k == hi + 1) {
                    exp += (1 - b.cumulativeProbability(hi)) * draws.length;
                    final int h = hi;
                    obs += Arrays.stream(draws).filter(v -> v > h).count();
                }
                chi += (obs - exp) * (obs - exp) / Math.max(exp, 1e-9);
                dof++;
                exp = 0;
                obs = 0;
                if (k == hi + 1) break;
            }
            exp += b.probability(k) * draws.length;
            final int kk = k;
            obs += Arrays.stream(draws).filter(v -> v == kk).count();
        }
        return 1 - new ChiSquaredDistribution(null, dof).cumulativeProbability(chi);
    }

    static long[] sample(long n, double p, long seed, int count) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        long[] x = new long[count];
        for (int i = 0; i < count; i++) x[i] = Binomial.draw(rng, n, p);
        return x;
    }

    @Test
    void matchesTheExactPmfOnBothPaths() {
        double[][] cases = {{20, 0.3}, {10_000, 0.01}, {10_000, 0.5}, {400, 0.975}};
        for (double[] c : cases) {
            int n = (int) c[0];
            double p = c[1];
            long[] x = sample(n, p, 17 + n, DRAWS);
            double pv = chiSquareP(x, n, p);
            assertTrue(pv > 0.001, "Bin(" + n + ", " + p + "): chi-square p = " + pv);
            if (p * 1.05 < 1) assertTrue(chiSquareP(x, n, p * 1.05) < 0.001, "power: p × 1.05 is rejected for Bin(" + n + ", " + p + ")");
        }
    }

    @Test
    void patientScaleCountsFollowTheNormalLimit() {
        long n = 100_000_000_000L;
        double p = 1e-4, mu = n * p, sd = Math.sqrt(n * p * (1 - p));
        long[] x = sample(n, p, 5, 20_000);
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        double[] u = Arrays.stream(x).mapToDouble(v -> z.cumulativeProbability((v - mu) / sd)).sorted().toArray();
        double ks = 0;
        for (int i = 0; i < u.length; i++) ks = Math.max(ks, Math.max((i + 1.0) / u.length - u[i], u[i] - (double) i / u.length));
        assertTrue(ks < 1.95 / Math.sqrt(u.length), "KS " + ks); // α = 0.001
        assertEquals(0, Binomial.draw(new MersenneTwisterFast(1), n, 0));
        assertEquals(n, Binomial.draw(new MersenneTwisterFast(1), n, 1));
    }
}
