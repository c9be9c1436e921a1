package cartsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a small tree that remembers where each node and key was written. Built by
 * {@link YamlTreeReader}; read by the binder and converter. Only what scenarios need: mappings,
 * sequences and scalars.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Location at();

    /** short name of the node kind, for "expected X, got Y" messages */
    String kindName();

    /** one key of a mapping: where the key was written and its value */
    record Entry(String key, Location keyAt, YamlNode value) {}

    record Mapping(Location at, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String kindName() { return "a mapping"; }
    }

    record Sequence(Location at, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() { return "a list"; }
    }

    /**
     * A scalar as written. {@code kind} is how YAML resolved it: quoted scalars are always TEXT,
     * so {@code "5"} is text and {@code 5} is INT — the converter uses that to be strict.
     */
    record Scalar(Location at, Kind kind, String text) implements YamlNode {
        public enum Kind { NULL, TEXT, INT, FLOAT, BOOL }

        @Override
        public String kindName() {
            return switch (kind) {
                case NULL -> "nothing";
                case TEXT -> "text \"" + Texts.echo(text) + "\"";
                case INT, FLOAT -> "the number " + Texts.echo(text);
                case BOOL -> "the boolean " + Texts.echo(text);
            };
        }
    }
}
