package cartsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Exact binomial draws for patient-scale counts (n up to ~10¹², a {@code long}), from the model's
 * one generator so a seed still fixes the run. Small means use inversion of the pmf recursion;
 * large ones first split n by order statistics of uniforms (Knuth, TAOCP vol. 2, 3.4.1): the
 * i-th smallest of n uniforms is Beta(i, n+1−i), and whether it lies above or below p leaves a
 * binomial of about half the size. Each halving costs two Gamma draws (Marsaglia–Tsang 2000,
 * a rejection method, so exact in distribution); ~log₂(n/30) halvings reach inversion.
 * commons-math's sampler is inversion by bisection over the regularised beta, ~30 µs a draw.
 */
public final class Binomial {
    /** below this mean (n·min(p, 1−p)) inversion is cheaper than another halving */
    private static final double INVERSION_MEAN = 30;

    private Binomial() {}

    /** one draw of Binomial(n, p) */
    public static long draw(MersenneTwisterFast rng, long n, double p) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (p > 0.5) return n - draw(rng, n, 1 - p);
        long k = 0;
        while (n * p >= INVERSION_MEAN) {
            long i = 1 + n / 2;
            double x = beta(rng, i, n + 1 - i);
            if (x >= p) {               // the i−1 smaller uniforms are uniform on [0, x)
                n = i - 1;
                p = p / x;
            } else {                    // the i smaller ones all count; the rest are uniform on (x, 1]
                k += i;
                n -= i;
                p = (p - x) / (1 - x);
            }
            if (p > 0.5) return k + n - draw(rng, n, 1 - p);
        }
        return k + inversion(rng, n, p);
    }

    /** sequential search of the pmf, p ≤ 0.5 and n·p small */
    private static long inversion(MersenneTwisterFast rng, long n, double p) {
        if (n <= 0 || p <= 0) return 0;
        double q = 1 - p, s = p / q, a = (n + 1) * s;
        double r = Math.exp(n * Math.log1p(-p));
        double u = rng.nextDouble();
        long x = 0;
        while (u > r && x < n) {
            u -= r;
            x++;
            r *= a / x - s;
            if (r <= 0) break; // far tail: the remaining mass is below double precision
        }
        return x;
    }

    /** Beta(a, b) as X/(X+Y) of two Gammas */
    static double beta(MersenneTwisterFast rng, double a, double b) {
        double x = gamma(rng, a), y = gamma(rng, b);
        return x / (x + y);
    }

    /** Gamma(shape ≥ 1, scale 1), Marsaglia & Tsang 2000 */
    static double gamma(MersenneTwisterFast rng, double shape) {
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z, v;
            do {
                z = rng.nextGaussian();
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * z * z * z * z) return d * v;
            if (Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return d * v;
        }
    }
}
