package cartsim.experiment;

import cartsim.scenario.Param;
import cartsim.scenario.ParamType;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The points of a sweep: the full grid of the axes' values, or a Latin hypercube sample. */
final class SweepDesign {
    private SweepDesign() {}

    /**
     * The value a fraction f ∈ [0, 1] of the way along a range. Rounded to the 6 significant digits
     * runs.csv shows, so a row of runs.csv reruns exactly with {@code cartsim run --set}; whole
     * numbers for INT parameters.
     */
    static Object at(double from, double to, double f, SweepSpec.Scale scale, Param p) {
        double v = scale == SweepSpec.Scale.LOG
                ? Math.pow(10, Math.log10(from) + f * (Math.log10(to) - Math.log10(from)))
                : from + f * (to - from);
        if (f <= 0) v = from;
        if (f >= 1) v = to;
        if (p.type() == ParamType.INT) return (int) Math.round(v);
        return Double.parseDouble(Numbers.format(v));
    }

    /** grid points: every combination, the first axis varying slowest (like nested loops in file order) */
    static List<Map<String, Object>> grid(List<SweepSpec.Axis> axes) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (SweepSpec.Axis a : axes) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> prefix : points) {
                for (Map<String, Object> v : a.values()) {
                    Map<String, Object> p = new LinkedHashMap<>(prefix);
                    p.putAll(v);
                    next.add(p);
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * Latin hypercube: each axis's range is cut into n equal strata (in log space for log ranges)
     * and every stratum is used exactly once, with independent random pairings between axes.
     * The generator is seeded from the sweep seed only, so the design is the same on every machine.
     */
    static List<Map<String, Object>> lhs(List<SweepSpec.Axis> axes, List<Param> params, int n, long sweepSeed) {
        RandomGenerator rng = new Well19937c(Seeds.derive(sweepSeed, "lhs"));
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) points.add(new LinkedHashMap<>());
        for (int d = 0; d < axes.size(); d++) {
            SweepSpec.Axis a = axes.get(d);
            int[] perm = permutation(n, rng);
            for (int i = 0; i < n; i++) {
                double f = (perm[i] + rng.nextDouble()) / n;
                points.get(i).put(a.path(), at(a.from(), a.to(), f, a.scale(), params.get(d)));
            }
        }
        return points;
    }

    /** Fisher–Yates with the given generator (not Collections.shuffle, whose algorithm may change) */
    private static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
