package cartsim.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading the files of a result folder; optional files come back empty rather than failing. */
final class ResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultFiles() {
    }

    static Optional<CsvTable> optionalCsv(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(CsvTable.read(file)) : Optional.empty();
    }

    static Optional<JsonNode> optionalJson(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ResultsFormatException(name + " is not a JSON object");
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            throw new ResultsFormatException(name + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** a text field of a JSON object, or the fallback when it is absent or null */
    static String text(Optional<JsonNode> node, String field, String fallback) {
        return node.map(n -> n.get(field))
                .filter(v -> !v.isNull() && !v.isMissingNode())
                .map(JsonNode::asText)
                .orElse(fallback);
    }
}
