package cartsim.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalsTest {
    @Test
    void wilsonEightOfTen() {
        // z = 1.959964, z² = 3.841459, p = 0.8, n = 10
        // denom  = 1 + z²/n = 1.3841459
        // centre = (p + z²/2n) / denom = (0.8 + 0.1920729) / 1.3841459 = 0.716741
        // half   = z·√(p(1−p)/n + z²/4n²) / denom = 1.959964·√(0.016 + 0.0096036) / 1.3841459 = 0.226566
        // ⇒ (0.490175, 0.943307)
        Interval ci = Intervals.wilson(8, 10, 0.95);
        assertEquals(0.8, ci.estimate(), 1e-12);
        assertEquals(0.4902, ci.low(), 1e-4);
        assertEquals(0.9433, ci.high(), 1e-4);
    }

    @Test
    void wilsonAtTheEdgesStaysInsideZeroOne() {
        // 0/10: centre = (0 + 0.1920729)/1.3841459 = 0.138767, half = 1.959964·√(0.0096036)/1.3841459 = 0.138767
        // ⇒ (0, 0.277533); the lower bound is exactly 0
        Interval zero = Intervals.wilson(0, 10, 0.95);
        assertEquals(0, zero.low());
        assertEquals(0.2775, zero.high(), 1e-4);
        Interval all = Intervals.wilson(10, 10, 0.95);
        assertEquals(1, all.high());
        assertEquals(0.7225, all.low(), 1e-4);
        assertTrue(Double.isNaN(Intervals.wilson(0, 0, 0.95).low()));
    }

    @Test
    void tIntervalOneToFive() {
        // mean 3, sd = √(10/4) = 1.5811, t(0.975, 4) = 2.776445
        // half = 2.776445 · 1.5811 / √5 = 1.963243 ⇒ (1.0368, 4.9632)
        Interval ci = Intervals.tMean(new double[]{1, 2, 3, 4, 5}, 0.95);
        assertEquals(3, ci.estimate(), 1e-12);
        assertEquals(1.0368, ci.low(), 1e-4);
        assertEquals(4.9632, ci.high(), 1e-4);
        assertEquals(1.5811, Intervals.sd(new double[]{1, 2, 3, 4, 5}), 1e-4);
    }

    @Test
    void tIntervalUndefinedForOneValue() {
        Interval ci = Intervals.tMean(new double[]{7}, 0.95);
        assertEquals(7, ci.estimate());
        assertTrue(Double.isNaN(ci.low()));
    }

    @Test
    void medianWithExactOrderStatisticInterval() {
        // n = 9, B ~ binomial(9, ½): P(B ≤ 0) = 1/512 = 0.00195, P(B ≤ 1) = 10/512 = 0.0195,
        // P(B ≤ 2) = 46/512 = 0.0898. The largest l with P(B ≤ l − 1) ≤ 0.025 is l = 2, so the
        // interval is [x₍₂₎, x₍₈₎] with coverage 1 − 2·10/512 = 96.1 % (the old normal
        // approximation gave [x₍₁₎, x₍₉₎], one rank too wide on each side)
        Interval ci = Intervals.median(new double[]{9, 1, 8, 2, 7, 3, 6, 4, 5}, 0.95);
        assertEquals(5, ci.estimate());
        assertEquals(2, ci.low());
        assertEquals(8, ci.high());
        // even n: mean of the two middle values
        assertEquals(2.5, Intervals.median(new double[]{4, 1, 3, 2}, 0.95).estimate());
    }

    @Test
    void medianRanksMatchTheBinomialTable() {
        // n = 6: P(B ≤ 0) = 1/64 = 0.0156 ≤ 0.025 ⇒ l = 1: [min, max], coverage 96.9 %
        assertEquals(1, Intervals.medianLowerRank(6, 0.95));
        // n = 10: P(B ≤ 1) = 11/1024 = 0.0107, P(B ≤ 2) = 56/1024 = 0.0547 ⇒ l = 2 (ranks 2 and 9)
        assertEquals(2, Intervals.medianLowerRank(10, 0.95));
        // n = 20: P(B ≤ 5) = 0.0207, P(B ≤ 6) = 0.0577 ⇒ l = 6 (ranks 6 and 15)
        assertEquals(6, Intervals.medianLowerRank(20, 0.95));
        // n = 100: P(B ≤ 39) = 0.0176, P(B ≤ 40) = 0.0284 ⇒ l = 40 (ranks 40 and 61)
        assertEquals(40, Intervals.medianLowerRank(100, 0.95));
        // 99 %: n = 10 needs P(B ≤ l − 1) ≤ 0.005; P(B ≤ 0) = 0.00098, P(B ≤ 1) = 0.0107 ⇒ l = 1
        assertEquals(1, Intervals.medianLowerRank(10, 0.99));
        Interval ten = Intervals.median(new double[]{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 0.95);
        assertEquals(2, ten.low());
        assertEquals(9, ten.high());
    }

    @Test
    void medianOfTooFewValuesHasNoInterval() {
        // n = 5: even [min, max] covers only 1 − 2/32 = 93.75 % < 95 %: "n too small"
        assertEquals(0, Intervals.medianLowerRank(5, 0.95));
        for (int n = 1; n <= 5; n++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = i + 1;
            Interval ci = Intervals.median(x, 0.95);
            assertEquals((n + 1) / 2.0, ci.estimate(), 1e-12, "the median itself is still reported");
            assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()), "n = " + n);
        }
        assertTrue(Double.isNaN(Intervals.median(new double[0], 0.95).estimate()));
    }

    @Test
    void medianIntervalCoversAtLeastTheConfidence() {
        // the exact ranks' coverage 1 − 2·P(B ≤ l − 1) is ≥ 95 %, and one rank narrower would not be
        for (int n = 6; n <= 300; n++) {
            int l = Intervals.medianLowerRank(n, 0.95);
            org.apache.commons.math3.distribution.BinomialDistribution b =
                    new org.apache.commons.math3.distribution.BinomialDistribution(null, n, 0.5);
            assertTrue(1 - 2 * b.cumulativeProbability(l - 1) >= 0.95, "n = " + n);
            assertTrue(1 - 2 * b.cumulativeProbability(l) < 0.95, "n = " + n + " could be narrower");
        }
    }
}
