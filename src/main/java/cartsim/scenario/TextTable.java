package cartsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned, space-padded columns; the last column is not padded. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    String render() {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            appendRow(out, rows.get(i), width);
            if (i == 0) {
                String[] rule = new String[columns];
                for (int c = 0; c < columns; c++) rule[c] = "-".repeat(width[c]);
                appendRow(out, rule, width);
            }
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            line.append(cells[c]);
            if (c < cells.length - 1) line.append(" ".repeat(width[c] - cells[c].length() + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
