package cartsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The files of a run folder that the charts use (see docs/results-format.md). */
public record RunResults(Optional<CsvTable> timeseries, Optional<CsvTable> events,
                         Optional<JsonNode> summary, Optional<JsonNode> manifest) {

    public static RunResults read(Path dir) throws IOException {
        return new RunResults(
                ResultFiles.optionalCsv(dir, "timeseries.csv"),
                ResultFiles.optionalCsv(dir, "events.csv"),
                ResultFiles.optionalJson(dir, "summary.json"),
                ResultFiles.optionalJson(dir, "manifest.json"));
    }

    /** "scenario · seed 42 · best response CR", from whichever of summary/manifest is present */
    public String label() {
        String scenario = ResultFiles.text(summary, "scenario_name",
                ResultFiles.text(manifest, "scenario_name", "run"));
        String seed = ResultFiles.text(summary, "seed", ResultFiles.text(manifest, "seed", null));
        String response = ResultFiles.text(summary, "best_response", null);
        StringBuilder sb = new StringBuilder(scenario);
        if (seed != null) {
            sb.append(" · seed ").append(seed);
        }
        if (response != null) {
            sb.append(" · best response ").append(response);
        }
        return sb.toString();
    }
}
