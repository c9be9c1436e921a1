package cartsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The files of a sweep folder that the charts use (see docs/results-format.md). */
public record SweepResults(Optional<CsvTable> summary, Optional<CsvTable> sensitivity,
                           Optional<JsonNode> manifest) {

    public static SweepResults read(Path dir) throws IOException {
        return new SweepResults(
                ResultFiles.optionalCsv(dir, "summary.csv"),
                ResultFiles.optionalCsv(dir, "sensitivity.csv"),
                ResultFiles.optionalJson(dir, "manifest.json"));
    }

    /**
     * The varied parameter columns of summary.csv: by contract every column between
     * {@code point} and {@code endpoint}.
     */
    public static List<String> variedParameters(CsvTable summary) throws ResultsFormatException {
        summary.require("point", "endpoint", "kind", "n", "mean", "ci_low", "ci_high");
        List<String> h = summary.header();
        if (h.indexOf("endpoint") < h.indexOf("point")) {
            throw new ResultsFormatException(summary.source() + ": expected point,<varied…>,endpoint,… column order");
        }
        return List.copyOf(h.subList(h.indexOf("point") + 1, h.indexOf("endpoint")));
    }
}
