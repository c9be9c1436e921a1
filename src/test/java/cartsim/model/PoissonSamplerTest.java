package cartsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clone ledger's Poisson sampler against the exact distribution, at small, medium and patient-scale means. */
class PoissonSamplerTest {

    /** chi-square of 10⁵ draws against the exact pmf over the central range (tails pooled) */
    static double chiSquareP(double mean, long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        PoissonDistribution exact = new PoissonDistribution(mean);
        int lo = (int) Math.max(0, Math.floor(mean - 4 * Math.sqrt(mean))), hi = (int) Math.ceil(mean + 4 * Math.sqrt(mean));
        int bins = hi - lo + 3;
        long[] observed = new long[bins];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            long k = TumorClones.poisson(mean, r);
            observed[k < lo ? 0 : k > hi ? bins - 1 : (int) (k - lo + 1)]++;
        }
        double[] expected = new double[bins];
        expected[0] = lo == 0 ? 1e-12 : exact.cumulativeProbability(lo - 1) * draws;
        for (int k = lo; k <= hi; k++) expected[k - lo + 1] = exact.probability(k) * draws;
        expected[bins - 1] = Math.max(1e-12, (1 - exact.cumulativeProbability(hi)) * draws);
        return new ChiSquareTest().chiSquareTest(expected, observed);
    }

    @Test
    void matchesThePoissonPmfAtSmallAndMediumMeans() {
        for (double mean : new double[]{0.3, 4, 15, 200, 5000})
            assertTrue(chiSquareP(mean, 11) > 0.001, "mean " + mean);
    }

    @Test
    void keepsMeanAndVarianceAtPatientScale() {
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        double mean = 3e10;
        int n = 20_000;
        double sum = 0, sq = 0;
        for (int i = 0; i < n; i++) {
            double k = TumorClones.poisson(mean, r);
            sum += k;
            sq += (k - mean) * (k - mean);
        }
        assertEquals(mean, sum / n, 4 * Math.sqrt(mean / n));
        assertEquals(mean, sq / n, mean * 0.05, "variance equals the mean");
    }

    @Test
    void aBiasedSamplerWouldBeCaught() {
        // power: 10⁵ draws from mean 15 tested against mean 15.3 are rejected
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        PoissonDistribution wrong = new PoissonDistribution(15.3);
        long[] observed = new long[40];
        for (int i = 0; i < 100_000; i++) observed[(int) Math.min(39, TumorClones.poisson(15, r))]++;
        double[] expected = new double[40];
        for (int k = 0; k < 39; k++) expected[k] = Math.max(1e-12, wrong.probability(k) * 100_000);
        expected[39] = Math.max(1e-12, (1 - wrong.cumulativeProbability(38)) * 100_000);
        assertTrue(new ChiSquareTest().chiSquareTest(expected, observed) < 0.001);
    }
}
