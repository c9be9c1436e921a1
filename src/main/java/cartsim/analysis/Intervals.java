package cartsim.analysis;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

import java.util.Arrays;

/**
 * Confidence intervals for the quantities sweeps and trials report. The distributions and the
 * Wilson interval come from commons-math3; commons-math3 has no interval for a mean or a median,
 * so those two are written here from its t and binomial distributions.
 */
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
        checkConf(conf);
        if (n == 0) return Interval.undefined(Double.NaN);
        double p = (double) successes / n;
        ConfidenceInterval ci = new WilsonScoreInterval()
                .createInterval(Math.toIntExact(n), Math.toIntExact(successes), conf);
        // at 0/n and n/n the bound is exactly 0 or 1; the formula leaves rounding noise there
        double low = successes == 0 ? 0 : Math.max(0, ci.getLowerBound());
        double high = successes == n ? 1 : Math.min(1, ci.getUpperBound());
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
     * Median with the exact distribution-free interval from order statistics: [x₍ₗ₎, x₍ₙ₋ₗ₊₁₎]
     * where l is the largest rank with P(B ≤ l − 1) ≤ (1 − conf)/2 for B ~ binomial(n, ½), the
     * count of observations below the true median. Its coverage, 1 − 2·P(B ≤ l − 1), is at least
     * {@code conf}. Clinical reports give medians (onset, duration, Tmax) with this interval.
     * <p>
     * "n too small": when even [min, max] covers less than {@code conf} (n ≤ 5 at 95 %), no such
     * interval exists and the bounds are NaN (written as empty cells), with the median kept.
     */
    public static Interval median(double[] x, double conf) {
        checkConf(conf);
        int n = x.length;
        if (n == 0) return Interval.undefined(Double.NaN);
        double[] s = x.clone();
        Arrays.sort(s);
        double med = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        int l = medianLowerRank(n, conf);
        if (l < 1) return Interval.undefined(med);
        return new Interval(med, s[l - 1], s[n - l]);
    }

    /**
     * The 1-based lower order-statistic rank of the exact median interval (the upper one is
     * n − l + 1), or 0 when n is too small for any interval at {@code conf}.
     */
    public static int medianLowerRank(int n, double conf) {
        checkConf(conf);
        if (n < 1) return 0;
        double tail = (1 - conf) / 2;
        BinomialDistribution below = new BinomialDistribution(null, n, 0.5);
        // inverseCumulativeProbability gives the smallest q with P(B ≤ q) ≥ tail, so P(B ≤ q − 1) < tail
        int q = below.inverseCumulativeProbability(tail);
        int l = below.cumulativeProbability(q) <= tail ? q + 1 : q;
        // l ranks on each side must leave the two ranks in order
        return Math.min(l, (n + 1) / 2);
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
