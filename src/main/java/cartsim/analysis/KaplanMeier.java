package cartsim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Kaplan–Meier survival estimate with Greenwood's variance V = Σ d/(n(n − d)) of log S. Ties
 * follow the usual convention: at a time with both events and censorings, the censored subjects
 * still count as at risk. Two confidence bands are computed:
 * <ul>
 * <li>{@link Band#LINEAR}: the plain Greenwood interval S ± z·S·√V, clipped to [0, 1]. This is
 *     the one cartsim uses (endpoints, the KM chart band, km.csv ci_low/ci_high).</li>
 * <li>{@link Band#LOG_LOG}: the interval on log(−log S), S^exp(±z·√V/log S), which stays inside
 *     (0, 1) and keeps its coverage in small samples; lifelines' default and R's
 *     {@code conf.type = "log-log"}. Undefined (NaN) where S is 1 or 0, as in R.</li>
 * </ul>
 */
public final class KaplanMeier {
    /** which confidence band {@link #at(double, Band)} reports */
    public enum Band { LINEAR, LOG_LOG }

    /** one distinct observed time; survival and both CIs are the values just after it */
    public record Step(double time, int atRisk, int events, int censored, double survival, double ciLow, double ciHigh,
                       double logLogLow, double logLogHigh) {}

    private final List<Step> steps;

    private KaplanMeier(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * @param times  time of event or censoring for each subject
     * @param events true when the subject had the event at its time, false when censored
     */
    public static KaplanMeier fit(double[] times, boolean[] events, double conf) {
        if (times.length != events.length) throw new IllegalArgumentException("times and events differ in length");
        int n = times.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        double z = Intervals.z(conf);
        List<Step> out = new ArrayList<>();
        double s = 1, greenwood = 0;
        int atRisk = n;
        for (int i = 0; i < n; ) {
            double t = times[order[i]];
            int d = 0, c = 0;
            for (; i < n && times[order[i]] == t; i++) {
                if (events[order[i]]) d++;
                else c++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                // Greenwood's term is infinite once everyone at risk has failed; S is 0 exactly then
                greenwood = d < atRisk ? greenwood + (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
            }
            double se = s == 0 ? 0 : s * Math.sqrt(greenwood);
            double[] logLog = logLog(s, greenwood, z);
            out.add(new Step(t, atRisk, d, c, s, Math.max(0, s - z * se), Math.min(1, s + z * se), logLog[0], logLog[1]));
            atRisk -= d + c;
        }
        return new KaplanMeier(out);
    }

    /** {low, high} of the log(−log) interval; NaN where log(−log S) is not defined (S = 1 or 0) */
    static double[] logLog(double s, double greenwood, double z) {
        if (!(s > 0 && s < 1)) return new double[]{Double.NaN, Double.NaN};
        double w = z * Math.sqrt(greenwood) / Math.abs(Math.log(s));
        return new double[]{Math.pow(s, Math.exp(w)), Math.pow(s, Math.exp(-w))};
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * Survival at time t with its CI: the last step at or before t. Undefined (NaN) beyond the
     * last observed time, where the curve says nothing.
     */
    public Interval at(double t) {
        return at(t, Band.LINEAR);
    }

    /** as {@link #at(double)} with the chosen band; before the first step S = 1 with CI [1, 1] (linear) or NaN (log-log) */
    public Interval at(double t, Band band) {
        if (steps.isEmpty() || t > steps.get(steps.size() - 1).time()) return Interval.undefined(Double.NaN);
        Interval value = band == Band.LINEAR ? new Interval(1, 1, 1) : Interval.undefined(1);
        for (Step st : steps) {
            if (st.time() > t) break;
            value = band == Band.LINEAR ? new Interval(st.survival(), st.ciLow(), st.ciHigh())
                    : new Interval(st.survival(), st.logLogLow(), st.logLogHigh());
        }
        return value;
    }

    /**
     * Median survival time: the first time S ≤ 0.5, with the interval where the log(−log) band
     * crosses 0.5 (Brookmeyer–Crowley style: the lower limit is the first time the band's lower
     * edge is ≤ 0.5, the upper limit the first time its upper edge is). NaN where not reached.
     */
    public Interval median() {
        double est = Double.NaN, low = Double.NaN, high = Double.NaN;
        for (Step st : steps) {
            double lo = Double.isNaN(st.logLogLow()) ? st.survival() : st.logLogLow();
            double hi = Double.isNaN(st.logLogHigh()) ? st.survival() : st.logLogHigh();
            if (Double.isNaN(low) && lo <= 0.5) low = st.time();
            if (Double.isNaN(est) && st.survival() <= 0.5) est = st.time();
            if (Double.isNaN(high) && hi <= 0.5) high = st.time();
        }
        return new Interval(est, low, high);
    }
}
