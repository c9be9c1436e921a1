package cartsim.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Builders of JSON Schema nodes shared by the study (sweep, trial) and calibration schemas. */
public final class SchemaNodes {
    private SchemaNodes() {}

    /** a node with only its description */
    public static ObjectNode described(String description) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("description", description);
        return n;
    }

    /** a node of one JSON type with its description (further keywords are added by the caller) */
    public static ObjectNode typed(String type, String description) {
        return described(description).put("type", type);
    }

    public static ObjectNode object(String description) {
        return typed("object", description);
    }

    /** text keys: any non-blank scalar (the loaders read numbers as text too) */
    public static ObjectNode text(String description) {
        ObjectNode n = described(description);
        n.putArray("type").add("string").add("number").add("boolean");
        n.put("pattern", "\\S");
        return n;
    }

    /** an integer of at least min (and at most max, unless null) */
    public static ObjectNode whole(String description, long min, Long max) {
        ObjectNode n = typed("integer", description).put("minimum", min);
        if (max != null) n.put("maximum", max);
        return n;
    }

    /** one of the given words */
    public static ObjectNode words(String description, List<String> words) {
        ObjectNode n = typed("string", description);
        ArrayNode a = n.putArray("enum");
        words.forEach(a::add);
        return n;
    }
}
