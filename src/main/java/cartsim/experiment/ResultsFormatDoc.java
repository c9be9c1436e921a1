package cartsim.experiment;

import cartsim.model.Endpoint;
import cartsim.model.Recorder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated parts of {@code docs/results-format.md}: the timeseries.csv columns, the
 * summary.json keys and the trial metrics, written from their declarations so the reference
 * cannot drift from the code. Each part sits between {@code <!-- generated: NAME -->} and
 * {@code <!-- end generated -->} in the document; the prose around it is hand-written.
 */
public final class ResultsFormatDoc {
    private static final Pattern PART = Pattern.compile("(<!-- generated: ([a-z-]+) -->\n)(.*?)(<!-- end generated -->)", Pattern.DOTALL);

    private ResultsFormatDoc() {}

    /** the document with every generated part replaced by its current text */
    public static String update(String doc) {
        Matcher m = PART.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = switch (m.group(2)) {
                case "timeseries-columns" -> timeseriesColumns();
                case "summary-keys" -> summaryKeys();
                case "trial-metrics" -> trialMetrics();
                case "calibration-evaluations" -> cartsim.experiment.calibration.CalibrationOutput.columnsTable(
                        cartsim.experiment.calibration.CalibrationOutput.EVALUATION_COLUMNS);
                case "calibration-posterior" -> cartsim.experiment.calibration.CalibrationOutput.columnsTable(
                        cartsim.experiment.calibration.CalibrationOutput.POSTERIOR_COLUMNS);
                default -> throw new IllegalArgumentException("unknown generated part " + m.group(2));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String timeseriesColumns() {
        StringBuilder sb = new StringBuilder("| column | unit | meaning |\n|---|---|---|\n");
        for (Recorder.Column c : Recorder.COLUMNS)
            sb.append("| `").append(c.name()).append("` | ").append(c.unit()).append(" | ").append(c.meaning()).append(" |\n");
        return sb.toString();
    }

    static String summaryKeys() {
        StringBuilder sb = new StringBuilder("| key | kind | unit | meaning |\n|---|---|---|---|\n");
        for (Endpoint e : Endpoint.values())
            sb.append("| `").append(e.key()).append("` | ").append(e.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(e.unit()).append(" | ").append(e.meaning()).append(" |\n");
        return sb.toString();
    }

    static String trialMetrics() {
        StringBuilder sb = new StringBuilder("| metric | kind | meaning |\n|---|---|---|\n");
        for (TrialMetric t : TrialMetric.values())
            sb.append("| `").append(t.key).append("` | ").append(t.kind).append(" | ").append(t.label).append(" |\n");
        return sb.toString();
    }
}
