package cartsim.experiment;

import cartsim.model.EventLog;
import cartsim.model.TimeSeries;
import cartsim.scenario.Scenario;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a run folder: timeseries.csv, events.csv, summary.json, scenario.yaml, manifest.json. */
public final class RunWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunWriter() {}

    /** writes the deterministic files of a run (no wall-clock values) into dir */
    public static void writeResults(Path dir, RunOutput out, Scenario resolved) throws IOException {
        writeTimeSeries(dir.resolve("timeseries.csv"), out.rows());
        writeEvents(dir.resolve("events.csv"), out.events());
        writeJson(dir.resolve("summary.json"), out.summary());
        Files.writeString(dir.resolve("scenario.yaml"), resolved.toYaml(), StandardCharsets.UTF_8);
    }

    public static void writeTimeSeries(Path file, List<double[]> rows) throws IOException {
        List<String> cols = TimeSeries.COLUMNS;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", cols));
            w.write('\n');
            StringBuilder sb = new StringBuilder();
            for (double[] r : rows) {
                sb.setLength(0);
                for (int c = 0; c < r.length; c++) {
                    if (c > 0) sb.append(',');
                    sb.append(Numbers.format(r[c]));
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
    }

    static void writeEvents(Path file, List<EventLog.Event> events) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("day,event,detail\n");
            for (EventLog.Event e : events)
                w.write(Numbers.format(e.day()) + "," + e.name() + ",\"" + e.detail().replace("\"", "'") + "\"\n");
        }
    }

    public static void writeJson(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(roundNumbers(value)) + "\n", StandardCharsets.UTF_8);
    }

    /** one-line JSON, for command output */
    public static String toJsonLine(Object value) throws IOException {
        return new ObjectMapper().writeValueAsString(roundNumbers(value));
    }

    /** doubles rounded to 6 significant digits so files are stable and readable */
    @SuppressWarnings("unchecked")
    static Object roundNumbers(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return null;
            String s = Numbers.format(d);
            return s.contains(".") || s.contains("E") ? Double.valueOf(s) : Long.valueOf(s);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), roundNumbers(e.getValue()));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(RunWriter::roundNumbers).toList();
        return v;
    }
}
