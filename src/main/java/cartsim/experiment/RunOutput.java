package cartsim.experiment;

import cartsim.model.EventLog;

import java.util.List;
import java.util.Map;

/** Everything one finished run produced, independent of how it is written. */
public record RunOutput(String scenarioName, long seed, double days, List<String> columns, List<double[]> rows,
                        List<EventLog.Event> events, Map<String, Object> summary, long agentSteps,
                        double wallSeconds) {

    /** a numeric summary value, NaN when absent */
    public double summaryDouble(String key) {
        Object v = summary.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
