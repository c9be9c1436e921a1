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
    /**
     * Parameters varied together (a sweep's linked axis, e.g. targets with logic) determine each
     * other one to one over the points; they are merged into one column so that a chart treats
     * them as a single factor.
     */
    public static CsvTable mergeLinkedParameters(CsvTable summary) throws ResultsFormatException {
        boolean merged = true;
        while (merged) {
            merged = false;
            List<String> varied = variedParameters(summary);
            long points = java.util.Arrays.stream(summary.text("point")).distinct().count();
            search:
            for (int i = 0; i < varied.size(); i++)
                for (int j = i + 1; j < varied.size(); j++)
                    if (oneToOne(summary.text(varied.get(i)), summary.text(varied.get(j)), points)) {
                        summary = summary.mergeColumns(varied.get(i), varied.get(j));
                        merged = true;
                        break search;
                    }
        }
        return summary;
    }

    /** one-to-one and repeating across points (a Latin hypercube is one-to-one but never repeats) */
    private static boolean oneToOne(String[] a, String[] b, long points) {
        java.util.Map<String, String> ab = new java.util.HashMap<>(), ba = new java.util.HashMap<>();
        for (int r = 0; r < a.length; r++) {
            String x = ab.putIfAbsent(a[r], b[r]), y = ba.putIfAbsent(b[r], a[r]);
            if ((x != null && !x.equals(b[r])) || (y != null && !y.equals(a[r]))) return false;
        }
        return ab.size() > 1 && ab.size() < points;
    }

    public static List<String> variedParameters(CsvTable summary) throws ResultsFormatException {
        summary.require("point", "endpoint", "kind", "n", "mean", "ci_low", "ci_high");
        List<String> h = summary.header();
        if (h.indexOf("endpoint") < h.indexOf("point")) {
            throw new ResultsFormatException(summary.source() + ": expected point,<varied…>,endpoint,… column order");
        }
        return List.copyOf(h.subList(h.indexOf("point") + 1, h.indexOf("endpoint")));
    }
}
