package cartsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link YamlNode} tree from YAML text with Jackson's streaming {@link YAMLParser}, so
 * every key and value keeps its line and column. Rejects what scenarios never need and what would
 * silently lose information: duplicate keys, aliases, several documents in one file.
 */
public final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    /** when set, every node is reported here (for --set values, whose text has no file) */
    private final Location fixed;

    private YamlTreeReader(String file, Location fixed) {
        this.file = file;
        this.fixed = fixed;
    }

    /** reads a whole scenario file: must be UTF-8 text holding one mapping */
    public static YamlNode.Mapping readFile(byte[] bytes, String file) throws ScenarioException {
        String text = TextDecoder.decode(bytes, file);
        YamlNode root = new YamlTreeReader(file, null).parse(text);
        if (root == null) {
            throw new ScenarioException(Location.startOf(file), "yaml",
                    "file is empty: expected a mapping of sections such as simulation: and patient:");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException(root.at(), "yaml",
                    // not echoed: a foreign file (extends: /etc/passwd) must not be printed
                    "top level must be a mapping of sections (key: value), got "
                            + (root instanceof YamlNode.Scalar ? "one plain value: not a scenario file?" : root.kindName()));
        }
        return mapping;
    }

    /** reads a value written on the command line; all nodes are located at {@code at} */
    static YamlNode readValue(String text, Location at) throws ScenarioException {
        YamlNode node = new YamlTreeReader(at.file(), at).parse(text);
        return node == null ? new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, "") : node;
    }

    private YamlNode parse(String text) throws ScenarioException {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return null;
            YamlNode root = readNode(parser, first, "");
            // the end of the first document is where a second one ('---') begins
            Location end = here(parser);
            if (parser.nextToken() != null) {
                throw new ScenarioException(end, "yaml",
                        "more than one YAML document ('---'): a scenario file holds exactly one");
            }
            return root;
        } catch (MarkedYAMLException e) {
            throw syntaxError(e);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(at(e.getLocation()), "yaml", "YAML syntax error: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            // SnakeYAML can throw unchecked exceptions on odd input; the user still gets one line
            throw new ScenarioException(Location.startOf(file), "yaml", "cannot parse YAML: " + e.getMessage());
        }
    }

    private YamlNode readNode(YAMLParser parser, JsonToken token, String path) throws IOException, ScenarioException {
        Location at = here(parser);
        if (parser.isCurrentAlias()) {
            throw new ScenarioException(at, "yaml",
                    "YAML alias *" + parser.getText() + " is not supported: write the value out");
        }
        Object tag = parser.getTypeId();
        if (tag != null) {
            // !!int, !!str, !!python/object…: a scenario value is what it looks like, nothing else
            throw new ScenarioException(at, path.isEmpty() ? "yaml" : path, "YAML tag !" + Texts.echo(String.valueOf(tag))
                    + " is not supported: write the plain value");
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, at, path);
            case START_ARRAY -> readSequence(parser, at, path);
            case VALUE_NULL -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, parser.getText());
            case VALUE_STRING -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.TEXT, parser.getText());
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INT, parser.getText());
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.FLOAT, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.BOOL, parser.getText());
            default -> throw new ScenarioException(at, "yaml", "unsupported YAML content (" + token + ")");
        };
    }

    private YamlNode.Mapping readMapping(YAMLParser parser, Location at, String path) throws IOException, ScenarioException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here(parser);
            String keyPath = path.isEmpty() ? key : path + "." + key;
            YamlNode value = readNode(parser, parser.nextToken(), keyPath);
            YamlNode.Entry previous = entries.get(key);
            if (previous != null) {
                throw new ScenarioException(keyAt, keyPath,
                        "duplicate key (first written at line " + previous.keyAt().line() + ")");
            }
            entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new ScenarioException(here(parser), "yaml", "unexpected YAML content in a mapping");
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode.Sequence readSequence(YAMLParser parser, Location at, String path) throws IOException, ScenarioException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) throw new ScenarioException(here(parser), "yaml", "list is not closed");
            items.add(readNode(parser, token, path + "[" + items.size() + "]"));
        }
        return new YamlNode.Sequence(at, items);
    }

    private Location here(YAMLParser parser) {
        return at(parser.currentTokenLocation());
    }

    private Location at(JsonLocation loc) {
        if (fixed != null) return fixed;
        if (loc == null || loc.getLineNr() < 1) return Location.startOf(file);
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private ScenarioException syntaxError(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // "unexpected end of stream" is reported at the end of the file; where the unclosed
        // construct (quote, bracket) started is what the user needs to see
        if (e.getContextMark() != null && e.getProblem() != null && e.getProblem().contains("end of stream")) {
            mark = e.getContextMark();
        }
        Location at = fixed != null ? fixed
                : mark == null ? at(e.getLocation())
                : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? e.getOriginalMessage() : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return new ScenarioException(at, "yaml", "YAML syntax error: " + problem + context);
    }
}
