package cartsim.experiment.calibration;

import cartsim.experiment.Numbers;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A parameter the calibration may move, between bounds, on a linear or log scale. Searches work
 * in the unit cube: u = 0 is {@code min}, u = 1 is {@code max}, evenly spaced on the scale, so a
 * log-scaled rate spanning two decades is searched as evenly as a linear fraction.
 *
 * @param start  starting value (CMA-ES mean of the first generation)
 * @param prior  the prior (ABC-SMC); uniform on the scale unless a normal/lognormal is given
 */
public record FreeParameter(String path, double min, double max, boolean log, double start, Prior prior) {

    /**
     * Prior density on the scale. Uniform: flat in u. Normal (linear scale) or lognormal (log
     * scale): a normal on the value or its log, truncated to the bounds.
     */
    public record Prior(String dist, double centre, double spread) {
        public static final Prior UNIFORM = new Prior("uniform", Double.NaN, Double.NaN);

        boolean uniform() {
            return dist.equals("uniform");
        }
    }

    /** the parameter value at u, rounded to the 6 significant digits result files and trial files carry */
    public double value(double u) {
        double c = Math.min(1, Math.max(0, u));
        double v = log ? Math.pow(10, Math.log10(min) + c * (Math.log10(max) - Math.log10(min))) : min + c * (max - min);
        v = Math.min(max, Math.max(min, v));
        return Double.parseDouble(Numbers.format(v));
    }

    /** u of a value inside the bounds */
    public double unit(double v) {
        return log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : (v - min) / (max - min);
    }

    /** the normal the prior is on the value (linear) or its natural log (log scale); null when uniform */
    private NormalDistribution normal() {
        if (prior.uniform()) return null;
        if (log) {
            double sigma = Math.sqrt(Math.log(1 + prior.spread() * prior.spread()));
            return new NormalDistribution(null, Math.log(prior.centre()), sigma);
        }
        return new NormalDistribution(null, prior.centre(), prior.spread());
    }

    private double onScale(double v) {
        return log ? Math.log(v) : v;
    }

    /** prior density of u (up to a constant factor) */
    public double density(double u) {
        if (u < 0 || u > 1) return 0;
        NormalDistribution n = normal();
        if (n == null) return 1;
        double v = log ? Math.pow(10, Math.log10(min) + u * (Math.log10(max) - Math.log10(min))) : min + u * (max - min);
        return n.density(onScale(v));
    }

    /** the prior quantile p in u (inverse CDF of the truncated prior), for drawing from it */
    public double quantile(double p) {
        NormalDistribution n = normal();
        if (n == null) return p;
        double a = n.cumulativeProbability(onScale(min)), b = n.cumulativeProbability(onScale(max));
        double x = n.inverseCumulativeProbability(a + p * (b - a));
        double v = log ? Math.exp(x) : x;
        return Math.min(1, Math.max(0, unit(Math.min(max, Math.max(min, v)))));
    }
}
