package cartsim.model;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engagement scan's direction (8 Moore neighbours or the cell's own site) is drawn by
 * multiplication instead of the generator's division; it must stay uniform. Checked by hand on
 * the boundaries of the nine intervals of 2³², and by a chi-square over 900 000 draws, with a
 * check that the same test rejects the plain (biased) top-bits-times-9 rule on a coarse stream.
 */
class NineWayDrawTest {

    /** a generator that replays fixed 32-bit words */
    static final class Words extends ec.util.MersenneTwisterFast {
        private final int[] words;
        private int k;

        Words(int... words) {
            this.words = words;
        }

        @Override
        public int nextInt() {
            return words[k++];
        }
    }

    @Test
    void theNineIntervalsAndTheRejectedWordsAreWhereTheArithmeticPutsThem() {
        // x·9 >>> 32 = d for x in [⌈d·2³²/9⌉, ⌈(d+1)·2³²/9⌉); the first word of interval d has the
        // low product word (9 − 4d mod 9) mod 9, so the 4 words below 2³² mod 9 = 4 are x = 0 and
        // the first words of d = 2, 4 and 6: each interval keeps (2³² − 4)/9 words
        assertEquals(0, CarT.nineWay(new Words(1)));
        assertEquals(8, CarT.nineWay(new Words(-1)));
        long first5 = (5L << 32) / 9 + 1; // 2386092943
        assertEquals(5, CarT.nineWay(new Words((int) first5)));
        assertEquals(4, CarT.nineWay(new Words((int) (first5 - 1))));
        // x = 0 and the first word of d = 2 are rejected: the next word decides
        assertEquals(8, CarT.nineWay(new Words(0, -1)));
        long first2 = (2L << 32) / 9 + 1;
        assertEquals(0, CarT.nineWay(new Words((int) first2, 1)));
        assertEquals(2, CarT.nineWay(new Words((int) (first2 + 1))));
    }

    @Test
    void directionsAreUniform() {
        ModelRandom rng = new ModelRandom(11);
        long[] counts = new long[9];
        for (int k = 0; k < 900_000; k++) counts[CarT.nineWay(rng)]++;
        double[] expected = new double[9];
        java.util.Arrays.fill(expected, 100_000);
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        assertTrue(p > 0.001, "chi-square p = " + p);

        // power: nine directions from 4 random bits (a coarse stream) are visibly uneven
        long[] coarse = new long[9];
        for (int k = 0; k < 900_000; k++) coarse[(int) (((rng.nextInt() >>> 28) * 9L) >>> 4)]++;
        assertTrue(new ChiSquareTest().chiSquareTest(expected, coarse) < 1e-6);
    }
}
