package cartsim.experiment;

import java.nio.charset.StandardCharsets;

/**
 * Seeds for the runs of a sweep or trial, derived from the study seed and the run's coordinates
 * alone (SplitMix64 finaliser), so a run's seed never depends on thread scheduling, sharding or
 * which runs were resumed.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /**
     * @param purpose separates streams derived from the same coordinates (e.g. "sim" and "sample")
     * @return a seed in [0, 2^31 − 1], so {@code cartsim run --seed S} can rerun any single run
     */
    public static long derive(long seed, String purpose, long... coordinates) {
        long h = mix(seed + GOLDEN);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) h = mix(h ^ (b & 0xFF) + GOLDEN);
        for (long c : coordinates) h = mix(h ^ mix(c + GOLDEN));
        return h >>> 33;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
