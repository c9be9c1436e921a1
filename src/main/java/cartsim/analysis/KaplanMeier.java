package cartsim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Kaplan–Meier survival estimate with Greenwood's variance. Ties follow the usual convention:
 * at a time with both events and censorings, the censored subjects still count as at risk.
 * The confidence band is the plain (linear) Greenwood interval S ± z·SE, clipped to [0, 1].
 */
public final class KaplanMeier {
    /** one distinct observed time; survival and CI are the values just after it */
    public record Step(double time, int atRisk, int events, int censored, double survival, double ciLow, double ciHigh) {}

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
            out.add(new Step(t, atRisk, d, c, s, Math.max(0, s - z * se), Math.min(1, s + z * se)));
            atRisk -= d + c;
        }
        return new KaplanMeier(out);
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * Survival at time t with its CI: the last step at or before t. Undefined (NaN) beyond the
     * last observed time, where the curve says nothing.
     */
    public Interval at(double t) {
        if (steps.isEmpty() || t > steps.get(steps.size() - 1).time()) return Interval.undefined(Double.NaN);
        Interval value = new Interval(1, 1, 1);
        for (Step st : steps) {
            if (st.time() > t) break;
            value = new Interval(st.survival(), st.ciLow(), st.ciHigh());
        }
        return value;
    }
}
