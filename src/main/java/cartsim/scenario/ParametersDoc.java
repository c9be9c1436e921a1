package cartsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates {@code docs/parameters.md} from the schema, so the docs cannot drift from the code. */
public final class ParametersDoc {
    private ParametersDoc() {}

    public static String markdown(Schema schema) {
        StringBuilder out = new StringBuilder();
        out.append("# Scenario parameters\n\n");
        out.append("Every parameter a scenario file can set, generated from the schema in the code "
                + "(the section records of `cartsim.model.params`, one annotated component per parameter); do not edit by hand. A scenario file is YAML with one "
                + "section per table below; any parameter left out takes its default. Values outside the "
                + "allowed range, unknown keys and inconsistent combinations are rejected with the file, "
                + "line and key. `./cartsim describe SCENARIO` shows the resolved values of one scenario. "
                + "The source column gives the literature reference for each default, or says why the "
                + "value is a reasoned estimate.\n");
        for (Map.Entry<String, List<Param>> section : bySection(schema).entrySet()) {
            out.append("\n## ").append(section.getKey()).append("\n\n");
            out.append("| parameter | default | unit | allowed | source | description |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (Param p : section.getValue()) {
                row(out, p.path(), p, ValueConverter.canonicalDefault(p));
                for (Param f : p.fields()) row(out, p.path() + "[]." + f.path(), f, ValueConverter.canonicalDefault(f));
            }
        }
        return out.toString();
    }

    /** parameters grouped by top-level section, sections in order of first appearance */
    private static Map<String, List<Param>> bySection(Schema schema) {
        Map<String, List<Param>> out = new LinkedHashMap<>();
        for (Param p : schema.params()) {
            int dot = p.path().indexOf('.');
            String section = dot < 0 ? p.path() : p.path().substring(0, dot);
            out.computeIfAbsent(section, k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static void row(StringBuilder out, String path, Param p, Object def) {
        out.append("| `").append(path).append("` | ").append(cell(ValueFormat.flow(def))).append(" | ")
                .append(cell(p.unit())).append(" | ").append(cell(p.allowedText())).append(" | ")
                .append(cell(p.source())).append(" | ").append(cell(p.description())).append(" |\n");
    }

    /** table cells must not break the row: escape pipes, flatten newlines */
    private static String cell(String s) {
        if (s == null || s.isEmpty()) return "";
        return s.replace("|", "\\|").replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
