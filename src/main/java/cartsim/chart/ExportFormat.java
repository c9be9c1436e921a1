package cartsim.chart;

import java.util.List;
import java.util.Locale;

/** Which image files a chart is written as. */
public enum ExportFormat {
    PNG(List.of("png")),
    SVG(List.of("svg")),
    BOTH(List.of("png", "svg"));

    private final List<String> extensions;

    ExportFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** parses png|svg|both (any case); the message is fit to show a user as-is */
    public static ExportFormat parse(String text) {
        if (text != null) {
            for (ExportFormat f : values()) {
                if (f.name().equalsIgnoreCase(text.trim())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected png, svg or both)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
