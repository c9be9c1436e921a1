package cartsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a resolved scenario as YAML with every parameter, grouped into nested sections in schema
 * order, units as comments. Output is deterministic and loads back to identical values, so a run
 * folder's {@code scenario.yaml} reproduces the run.
 */
public final class ScenarioWriter {
    private static final String INDENT = "  ";

    private ScenarioWriter() {}

    public static String toYaml(Scenario s) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(ValueFormat.text(s.name())).append('\n');
        if (s.description() != null) out.append("description: ").append(ValueFormat.text(s.description())).append('\n');
        writeSection(out, tree(s.schema()), s, 0);
        return out.toString();
    }

    /** a section node: child sections and parameters by key, in first-appearance (schema) order */
    private static final class Section {
        final Map<String, Object> children = new LinkedHashMap<>();
    }

    /** groups parameters by path so a schema that interleaves sections still writes each section once */
    private static Section tree(Schema schema) {
        Section root = new Section();
        for (Param p : schema.params()) {
            String[] parts = p.path().split("\\.");
            Section at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                at = (Section) at.children.computeIfAbsent(parts[i], k -> new Section());
            }
            at.children.put(parts[parts.length - 1], p);
        }
        return root;
    }

    private static void writeSection(StringBuilder out, Section section, Scenario s, int depth) {
        String pad = INDENT.repeat(depth);
        for (Map.Entry<String, Object> e : section.children.entrySet()) {
            if (e.getValue() instanceof Section child) {
                out.append(pad).append(e.getKey()).append(":\n");
                writeSection(out, child, s, depth + 1);
            } else {
                Param p = (Param) e.getValue();
                writeParam(out, p, s.get(p.path()), pad);
            }
        }
    }

    private static void writeParam(StringBuilder out, Param p, Object value, String pad) {
        if (p.type() == ParamType.RECORD_LIST && !((List<?>) value).isEmpty()) {
            out.append(pad).append(p.key()).append(":\n");
            for (Object o : (List<?>) value) writeRecord(out, p, (Map<?, ?>) o, pad + INDENT);
            return;
        }
        line(out, pad + p.key() + ": " + ValueFormat.flow(value), p.unit());
    }

    private static void writeRecord(StringBuilder out, Param p, Map<?, ?> record, String pad) {
        String prefix = pad + "- ";
        for (Param f : p.fields()) {
            line(out, prefix + f.key() + ": " + ValueFormat.flow(record.get(f.key())), f.unit());
            prefix = pad + INDENT;
        }
    }

    private static void line(StringBuilder out, String text, String unit) {
        out.append(text);
        if (unit != null && !unit.isEmpty() && !"-".equals(unit)) out.append("  # ").append(unit);
        out.append('\n');
    }
}
