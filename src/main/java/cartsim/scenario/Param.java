package cartsim.scenario;

import java.util.List;

/**
 * One scenario parameter as data: where it lives in the YAML tree, its type, default, allowed
 * range, unit and the source of its default value. The schema is the single place these facts
 * are written; validation, {@code describe}, {@code docs/parameters.md} and the model all read it.
 *
 * @param path        dotted path in the scenario tree, e.g. {@code disease.doubling_time_h}
 * @param type        value kind
 * @param defaultValue Double, Integer, Boolean, String, List&lt;String&gt; or List&lt;Map&gt; (RECORD_LIST)
 * @param min         inclusive lower bound for DOUBLE/INT (NaN when unbounded)
 * @param max         inclusive upper bound for DOUBLE/INT (NaN when unbounded)
 * @param allowed     allowed words for ENUM / ENUM_LIST, empty otherwise
 * @param unit        unit text ("h", "cells/kg", "1/d", "-" for dimensionless)
 * @param source      literature key or "reasoned estimate: …"
 * @param description one sentence: what it does
 * @param fields      for RECORD_LIST: the fields of one record (paths relative to the record)
 */
public record Param(String path, ParamType type, Object defaultValue, double min, double max,
                    List<String> allowed, String unit, String source, String description,
                    List<Param> fields) {

    public Param {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Param real(String path, double def, double min, double max, String unit,
                             String source, String description) {
        return new Param(path, ParamType.DOUBLE, def, min, max, null, unit, source, description, null);
    }

    public static Param integer(String path, int def, int min, int max, String unit,
                                String source, String description) {
        return new Param(path, ParamType.INT, def, min, max, null, unit, source, description, null);
    }

    public static Param bool(String path, boolean def, String source, String description) {
        return new Param(path, ParamType.BOOL, def, Double.NaN, Double.NaN, null, "-", source, description, null);
    }

    public static Param choice(String path, String def, List<String> allowed, String source,
                               String description) {
        return new Param(path, ParamType.ENUM, def, Double.NaN, Double.NaN, allowed, "-", source, description, null);
    }

    public static Param choices(String path, List<String> def, List<String> allowed, String source,
                                String description) {
        return new Param(path, ParamType.ENUM_LIST, def, Double.NaN, Double.NaN, allowed, "-", source, description, null);
    }

    public static Param text(String path, String def, String description) {
        return new Param(path, ParamType.STRING, def, Double.NaN, Double.NaN, null, "-", "-", description, null);
    }

    public static Param records(String path, List<Param> fields, String source, String description) {
        return new Param(path, ParamType.RECORD_LIST, List.of(), Double.NaN, Double.NaN, null, "-", source, description, fields);
    }

    /** last path segment */
    public String key() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** human-readable allowed values, used in error messages and docs */
    public String allowedText() {
        return switch (type) {
            case DOUBLE, INT -> "[" + fmt(min) + ", " + fmt(max) + "]" + ("-".equals(unit) ? "" : " " + unit);
            case BOOL -> "true, false";
            case ENUM, ENUM_LIST -> String.join(", ", allowed);
            case STRING -> "text";
            case RECORD_LIST -> "list of {" + String.join(", ", fields.stream().map(Param::key).toList()) + "}";
        };
    }

    private String fmt(double v) {
        if (Double.isNaN(v)) return "unbounded";
        if (type == ParamType.INT || (v == Math.rint(v) && Math.abs(v) < 1e15)) return Long.toString((long) v);
        return Double.toString(v);
    }
}
