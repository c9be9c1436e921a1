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
    void medianWithOrderStatisticInterval() {
        // n = 9, sorted 1..9, median = 5; half-width in ranks = 1.959964·√9/2 = 2.939946
        // lower rank = floor(4.5 − 2.94) = 1, upper rank = ceil(1 + 4.5 + 2.94) = 9 ⇒ (1, 9)
        Interval ci = Intervals.median(new double[]{9, 1, 8, 2, 7, 3, 6, 4, 5}, 0.95);
        assertEquals(5, ci.estimate());
        assertEquals(1, ci.low());
        assertEquals(9, ci.high());
        // even n: mean of the two middle values
        assertEquals(2.5, Intervals.median(new double[]{4, 1, 3, 2}, 0.95).estimate());
    }
}
