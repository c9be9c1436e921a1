package cartsim.experiment;

import cartsim.model.EventLog;

import java.util.List;
import java.util.Map;

/**
 * Everything one finished run produced, independent of how it is written. Wall time and the
 * per-phase times ({@code phaseSeconds}: tumor, cart, myeloid, fields, clinical) are for the
 * benchmark and the manifest only.
 */
public record RunOutput(String scenarioName, long seed, double days, List<String> columns, List<double[]> rows,
                        List<EventLog.Event> events, Map<String, Object> summary, long agentSteps,
                        double wallSeconds, Map<String, Double> phaseSeconds) {

    /** a numeric summary value, NaN when absent */
    public double summaryDouble(String key) {
        Object v = summary.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
