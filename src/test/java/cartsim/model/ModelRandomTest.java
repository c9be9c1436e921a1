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
