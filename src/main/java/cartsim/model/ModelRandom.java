package cartsim.model;

import ec.util.MersenneTwisterFast;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The model's one seeded random stream: xoshiro256++ (Blackman &amp; Vigna 2021, ACM TOMS 47:36)
 * behind MASON's {@code MersenneTwisterFast} type, so every rule keeps its signature and MASON's
 * {@code SimState.random} is this stream. A draw costs a fraction of the Mersenne Twister's, and
 * the draws were a quarter of a patient's time.
 *
 * <p>The generator's four state words live in this object, so the hot draws (nextInt, nextInt(n),
 * nextDouble) compile to a few register operations where they are called. An earlier version
 * delegated every draw to the JDK's {@code jdk.random} Xoshiro256PlusPlus through the
 * {@link RandomGenerator} interface, which profiled at several nanoseconds a draw inside the
 * model's largest methods. The numbers are the JDK's, draw for draw: the same seeding
 * (SplitMix-style mixing of the seed, as the JDK's long constructor), the same state update and
 * the same derivations of int, bounded int, double, float and boolean (ModelRandomTest compares
 * them with the JDK generator). Rarer draws (Gaussian, bounded long, bytes) run the JDK's own
 * algorithms on this state through {@link #asGenerator()}. Same seed ⇒ same numbers: the state
 * is rebuilt from the seed by {@link #setSeed(long)}, which {@code CarTModel.start()} calls.
 */
public final class ModelRandom extends MersenneTwisterFast {
    static final String ALGORITHM = "Xoshiro256PlusPlus";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);
    // the JDK's seeding constants (jdk.internal.util.random.RandomSupport)
    private static final long GOLDEN_RATIO_64 = 0x9e3779b97f4a7c15L, SILVER_RATIO_64 = 0x6A09E667F3BCC909L;
    private long x0, x1, x2, x3; // set by setSeed, which the superclass constructor calls first
    /** this stream as a JDK generator, for its rarer derived draws (clone() builds a new object, so a copy never shares it) */
    private final RandomGenerator view = this::nextLong;

    public ModelRandom(long seed) {
        super(seed);
    }

    @Override
    public void setSeed(long seed) {
        // as jdk.random.Xoshiro256PlusPlus(long)
        long s = seed ^ SILVER_RATIO_64;
        long a = mixStafford13(s);
        long b = mixStafford13(s += GOLDEN_RATIO_64);
        long c = mixStafford13(s += GOLDEN_RATIO_64);
        long d = mixStafford13(s + GOLDEN_RATIO_64);
        setState(a, b, c, d);
    }

    /** an array seed (MASON's other seeding form): the JDK generator seeded from its bytes supplies the state */
    @Override
    public void setSeed(int[] array) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * array.length);
        for (int v : array) bytes.putInt(v);
        RandomGenerator g = FACTORY.create(bytes.array());
        setState(g.nextLong(), g.nextLong(), g.nextLong(), g.nextLong());
    }

    /** as the JDK's four-word constructor: an all-zero state (a fixed point) is replaced */
    private void setState(long a, long b, long c, long d) {
        if ((a | b | c | d) == 0) {
            a = mixStafford13(a += GOLDEN_RATIO_64);
            b = a += GOLDEN_RATIO_64;
            c = a += GOLDEN_RATIO_64;
            d = a + GOLDEN_RATIO_64;
        }
        x0 = a;
        x1 = b;
        x2 = c;
        x3 = d;
    }

    /** a copy that continues this stream independently (MASON's clone would copy the unused Twister state) */
    @Override
    public Object clone() {
        ModelRandom c = new ModelRandom(0);
        c.setState(x0, x1, x2, x3);
        return c;
    }

    private static long mixStafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** the JDK's generator view of this stream, for its rarer derived draws */
    RandomGenerator asGenerator() {
        return view;
    }

    @Override
    public long nextLong() {
        long a = x0, b = x1, c = x2, d = x3;
        long result = Long.rotateLeft(a + d, 23) + a;
        long t = b << 17;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = Long.rotateLeft(d, 45);
        x0 = a;
        x1 = b;
        x2 = c;
        x3 = d;
        return result;
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    @Override
    public int nextInt(int n) {
        // as RandomSupport.boundedNextInt: a mask for powers of two, else rejection of the top remainder
        if (n <= 0) throw new IllegalArgumentException("bound must be positive");
        int r = nextInt();
        int m = n - 1;
        if ((n & m) == 0) return r & m;
        for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) ;
        return r;
    }

    @Override
    public long nextLong(long n) {
        return asGenerator().nextLong(n);
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    @Override
    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    @Override
    public boolean nextBoolean(double p) {
        return nextDouble() < p;
    }

    @Override
    public boolean nextBoolean(float p) {
        return nextFloat() < p;
    }

    @Override
    public double nextGaussian() {
        return asGenerator().nextGaussian();
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        double d; // as MASON's: [0, 2) when one may be included, redrawn until in range
        do {
            d = nextDouble();
            if (includeOne && nextBoolean()) d += 1.0;
        } while (d > 1.0 || (!includeZero && d == 0.0));
        return d;
    }

    @Override
    public float nextFloat(boolean includeZero, boolean includeOne) {
        float f;
        do {
            f = nextFloat();
            if (includeOne && nextBoolean()) f += 1.0f;
        } while (f > 1.0f || (!includeZero && f == 0.0f));
        return f;
    }

    @Override
    public short nextShort() {
        return (short) (nextInt() >>> 16);
    }

    @Override
    public char nextChar() {
        return (char) (nextInt() >>> 16);
    }

    @Override
    public byte nextByte() {
        return (byte) (nextInt() >>> 24);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        asGenerator().nextBytes(bytes);
    }

    @Override
    public void clearGaussian() {
        // no cached second deviate in this generator
    }
}
