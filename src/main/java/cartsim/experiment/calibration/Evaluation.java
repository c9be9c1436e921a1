package cartsim.experiment.calibration;

import cartsim.experiment.Numbers;

import java.util.List;

/**
 * One evaluated candidate: its parameter values (in {@code free:} order), what each target metric
 * came out as (in {@link CalibrationSpec#targetKeys()} order) and the loss. Values are rounded to
 * the 6 significant digits of a trial's endpoints.csv, so a candidate run here and one run as a
 * separate trial (ask/tell) read the same numbers.
 */
public record Evaluation(int index, double[] values, List<Readout> readouts, double loss) {

    /** a metric's simulated value and 95% CI; NaN where the trial cannot give it */
    public record Readout(double value, double low, double high) {}

    /** the loss term of a metric a candidate cannot produce at all (no patient had CRS): as if 100 SDs off */
    static final double MISSING = 1e4;

    static Evaluation of(CalibrationSpec spec, int index, double[] values, List<Readout> readouts) {
        double loss = 0;
        int k = 0;
        for (CalibrationSpec.Target t : spec.targets()) {
            for (CalibrationSpec.MetricTarget m : t.metrics()) {
                double v = readouts.get(k++).value();
                loss += Double.isFinite(v) ? m.weight() * (v - m.published()) * (v - m.published()) : MISSING;
            }
        }
        return new Evaluation(index, values, List.copyOf(readouts), loss);
    }

    /** the text a results table shows: 6 significant digits, empty when undefined */
    static String text(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }

    /** the inverse of {@link #text} */
    static double parse(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** rounded as a results table shows it, so it reads back exactly */
    static double rounded(double v) {
        return parse(text(v));
    }
}
