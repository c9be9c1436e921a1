package cartsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The files of a trial folder that the charts use (see docs/results-format.md). */
public record TrialResults(Optional<CsvTable> patients, Optional<CsvTable> endpoints,
                           Optional<CsvTable> km, Optional<JsonNode> manifest) {

    public static TrialResults read(Path dir) throws IOException {
        return new TrialResults(
                ResultFiles.optionalCsv(dir, "patients.csv"),
                ResultFiles.optionalCsv(dir, "endpoints.csv"),
                ResultFiles.optionalCsv(dir, "km.csv"),
                ResultFiles.optionalJson(dir, "manifest.json"));
    }
}
