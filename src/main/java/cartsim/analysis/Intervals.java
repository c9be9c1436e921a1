package cartsim.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;

/** Confidence intervals for the quantities sweeps and trials report. */
public final class Intervals {
    private Intervals() {}

    /** two-sided standard normal quantile, e.g. 1.959964 for conf = 0.95 */
    public static double z(double conf) {
        checkConf(conf);
        return new NormalDistribution().inverseCumulativeProbability(1 - (1 - conf) / 2);
    }

    /**
     * Wilson score interval for a proportion: unlike the Wald interval it stays inside [0, 1] and
     * keeps its coverage at 0/n and n/n, which small virtual trials hit often.
     */
    public static Interval wilson(long successes, long n, double conf) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + "/" + n);
        }
        if (n == 0) return Interval.undefined(Double.NaN);
        double z = z(conf), z2 = z * z;
        double p = (double) successes / n;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        // at 0/n and n/n the bound is exactly 0 or 1; the formula leaves rounding noise there
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(p, low, high);
    }

    /** mean with Student's t interval; undefined for fewer than two values */
    public static Interval tMean(double[] x, double conf) {
        checkConf(conf);
        int n = x.length;
        if (n == 0) return Interval.undefined(Double.NaN);
        double mean = mean(x);
        if (n < 2) return Interval.undefined(mean);
        double half = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - conf) / 2) * sd(x) / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half);
    }

    /**
     * Median with a distribution-free interval from order statistics: ranks n/2 ∓ z·√n/2 (normal
     * approximation to the binomial(n, ½) count below the median), clipped to the sample.
     * Clinical reports give medians (onset, duration, Tmax) with exactly this kind of interval.
     */
    public static Interval median(double[] x, double conf) {
        int n = x.length;
        if (n == 0) return Interval.undefined(Double.NaN);
        double[] s = x.clone();
        Arrays.sort(s);
        double med = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        if (n < 2) return Interval.undefined(med);
        double half = z(conf) * Math.sqrt(n) / 2;
        int lo = (int) Math.max(1, Math.floor(n / 2.0 - half));
        int hi = (int) Math.min(n, Math.ceil(1 + n / 2.0 + half));
        return new Interval(med, s[lo - 1], s[hi - 1]);
    }

    public static double mean(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        return sum / x.length;
    }

    /** sample standard deviation (n − 1 denominator); NaN for fewer than two values */
    public static double sd(double[] x) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double m = mean(x), ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (n - 1));
    }

    private static void checkConf(double conf) {
        if (!(conf > 0 && conf < 1)) throw new IllegalArgumentException("confidence must be in (0, 1), got " + conf);
    }
}
