package cartsim.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code kind} recorded in a result folder's manifest.json. */
public enum ResultKind {
    RUN, SWEEP, TRIAL;

    /** reads DIR/manifest.json; every failure is a one-line message naming the folder */
    public static ResultKind of(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ResultsFormatException("no such folder: " + dir);
        }
        JsonNode manifest = ResultFiles.optionalJson(dir, "manifest.json").orElseThrow(
                () -> new ResultsFormatException(dir + " is not a cartsim results folder (no manifest.json)"));
        JsonNode kind = manifest.get("kind");
        if (kind == null || !kind.isTextual()) {
            throw new ResultsFormatException(dir.resolve("manifest.json") + " has no \"kind\"");
        }
        try {
            return valueOf(kind.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResultsFormatException(dir.resolve("manifest.json") + ": unknown kind \""
                    + kind.asText() + "\" (expected run, sweep or trial)");
        }
    }
}
