package cartsim.scenario;

/**
 * The {@code describe} table: every parameter of a resolved scenario with its value, unit,
 * allowed range, default, where the value was set (file:line, --set, or default) and the
 * literature source of the default.
 */
public final class Describe {
    private Describe() {}

    public static String describe(Scenario s) {
        TextTable table = new TextTable("parameter", "value", "unit", "allowed", "default", "set in", "source");
        for (Param p : s.schema().params()) {
            Location at = s.origins().get(p.path());
            table.row(p.path(), ValueFormat.flow(s.get(p.path())), p.unit(), p.allowedText(),
                    ValueFormat.flow(ValueConverter.canonicalDefault(p)), at == null ? "default" : at.shortText(),
                    p.source());
        }
        String header = "scenario: " + s.name() + (s.source() == null ? " (built-in defaults)" : " (" + s.source() + ")");
        return header + "\n\n" + table.render();
    }
}
