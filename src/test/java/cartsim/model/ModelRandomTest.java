package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's one stream: seeded, repeatable, and kept when MASON's Console sets the seed. */
class ModelRandomTest {

    static long[] draws(ec.util.MersenneTwisterFast r) {
        return new long[]{r.nextLong(), Double.doubleToLongBits(r.nextDouble()), r.nextInt(9), Double.doubleToLongBits(r.nextGaussian())};
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndReseedingRestartsThem() {
        ModelRandom a = new ModelRandom(42), b = new ModelRandom(42);
        long[] first = draws(a);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(draws(b)));
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(draws(a)), "the stream moves on");
        a.setSeed(42);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(draws(a)));
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(draws(new ModelRandom(43))));
    }

    @Test
    void itIsTheJdksXoshiro256PlusPlusDrawForDraw() {
        // the state lives in ModelRandom for speed; the numbers must stay the JDK generator's
        for (long seed : new long[]{0, 1, 42, -7, Long.MIN_VALUE, 0x9e3779b97f4a7c15L ^ 0x6A09E667F3BCC909L}) {
            ModelRandom a = new ModelRandom(seed);
            java.util.random.RandomGenerator j = java.util.random.RandomGeneratorFactory.of(ModelRandom.ALGORITHM).create(seed);
            int[] bounds = {1, 2, 3, 7, 8, 9, 10, 1000, 1 << 20, Integer.MAX_VALUE, (1 << 30) + 1};
            for (int k = 0; k < 20_000; k++) {
                String where = "seed " + seed + ", draw " + k;
                switch (k % 8) {
                    case 0 -> assertEquals(j.nextLong(), a.nextLong(), where);
                    case 1 -> assertEquals(j.nextInt(), a.nextInt(), where);
                    case 2 -> { int n = bounds[k / 8 % bounds.length]; assertEquals(j.nextInt(n), a.nextInt(n), where + " bound " + n); }
                    case 3 -> assertEquals(Double.doubleToLongBits(j.nextDouble()), Double.doubleToLongBits(a.nextDouble()), where);
                    case 4 -> assertEquals(Float.floatToIntBits(j.nextFloat()), Float.floatToIntBits(a.nextFloat()), where);
                    case 5 -> assertEquals(j.nextBoolean(), a.nextBoolean(), where);
                    case 6 -> assertEquals(Double.doubleToLongBits(j.nextGaussian()), Double.doubleToLongBits(a.nextGaussian()), where);
                    default -> assertEquals(j.nextLong(1_000_003L), a.nextLong(1_000_003L), where);
                }
            }
        }
    }

    @Test
    void aCloneDrawsItsOwnNumbers() {
        ModelRandom a = new ModelRandom(5);
        a.nextLong();
        ModelRandom b = (ModelRandom) a.clone();
        long[] fromA = draws(a), fromB = draws(b);
        assertEquals(java.util.Arrays.toString(fromA), java.util.Arrays.toString(fromB));
    }

    @Test
    void settingTheSeedAsTheConsoleDoesKeepsTheModelsStream() {
        // SimState.setSeed would put a Mersenne Twister back; the model's override must not
        CarTModel m = new CarTModel(TestScenarios.params(), 1);
        assertTrue(m.random instanceof ModelRandom);
        m.setSeed(7);
        assertTrue(m.random instanceof ModelRandom, "setSeed replaced the model's stream: " + m.random.getClass());
        assertEquals(java.util.Arrays.toString(draws(new ModelRandom(7))), java.util.Arrays.toString(draws(m.random)));
    }

    @Test
    void anArraySeedIsRepeatableToo() {
        ModelRandom a = new ModelRandom(1), b = new ModelRandom(2);
        a.setSeed(new int[]{1, 2});
        b.setSeed(new int[]{1, 2});
        assertEquals(java.util.Arrays.toString(draws(a)), java.util.Arrays.toString(draws(b)));
        b.setSeed(new int[]{1, 3});
        a.setSeed(new int[]{1, 2});
        assertNotEquals(java.util.Arrays.toString(draws(a)), java.util.Arrays.toString(draws(b)));
    }
}
