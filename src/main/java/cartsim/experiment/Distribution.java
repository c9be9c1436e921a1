package cartsim.experiment;

import cartsim.scenario.Param;
import cartsim.scenario.ParamType;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.List;

/**
 * Between-patient variability of one parameter. Numeric draws are clipped to the parameter's
 * schema range (so a long lognormal tail cannot produce an invalid patient) and rounded for
 * whole-number parameters.
 */
public sealed interface Distribution {
    /** one draw from the patient's own generator (so draws never depend on other patients) */
    Object sample(RandomGenerator rng, Param p);

    /** lognormal with the given median and coefficient of variation: σ² = ln(1 + cv²), μ = ln(median) */
    record Lognormal(double median, double cv) implements Distribution {
        @Override
        public Object sample(RandomGenerator rng, Param p) {
            double sigma = Math.sqrt(Math.log(1 + cv * cv));
            return clip(median * Math.exp(sigma * rng.nextGaussian()), p, Double.NaN, Double.NaN);
        }
    }

    /** normal, optionally truncated by clipping to [min, max] */
    record Normal(double mean, double sd, double min, double max) implements Distribution {
        @Override
        public Object sample(RandomGenerator rng, Param p) {
            return clip(mean + sd * rng.nextGaussian(), p, min, max);
        }
    }

    record Uniform(double min, double max) implements Distribution {
        @Override
        public Object sample(RandomGenerator rng, Param p) {
            return clip(min + (max - min) * rng.nextDouble(), p, min, max);
        }
    }

    /** one of the listed values (already converted to the parameter's type) with the given weights */
    record Categorical(List<Object> values, double[] weights) implements Distribution {
        @Override
        public Object sample(RandomGenerator rng, Param p) {
            double total = 0;
            for (double w : weights) total += w;
            double u = rng.nextDouble() * total, acc = 0;
            for (int i = 0; i < values.size(); i++) {
                acc += weights[i];
                if (u < acc) return values.get(i);
            }
            return values.get(values.size() - 1);
        }
    }

    private static Object clip(double v, Param p, double min, double max) {
        if (!Double.isNaN(min)) v = Math.max(min, v);
        if (!Double.isNaN(max)) v = Math.min(max, v);
        if (!Double.isNaN(p.min())) v = Math.max(p.min(), v);
        if (!Double.isNaN(p.max())) v = Math.min(p.max(), v);
        if (p.type() == ParamType.INT) return (int) Math.round(v);
        // 6 significant digits, as patients.csv shows them, so a patient reruns from the table
        return Math.min(Math.max(Double.parseDouble(Numbers.format(v)), lowest(p)), highest(p));
    }

    private static double lowest(Param p) {
        return Double.isNaN(p.min()) ? -Double.MAX_VALUE : p.min();
    }

    private static double highest(Param p) {
        return Double.isNaN(p.max()) ? Double.MAX_VALUE : p.max();
    }
}
