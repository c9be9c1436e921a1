package cartsim.chart;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file held as columns: header name → text cells, with numeric views on demand.
 * Parsed by Jackson's CSV module (RFC 4180 quoting, because event details may contain commas);
 * empty lines are skipped and short rows are padded with empty cells.
 */
public final class CsvTable {
    private static final ObjectReader READER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema());

    private final String source;
    private final List<String> header;
    private final Map<String, String[]> columns;
    private final int rows;

    private CsvTable(String source, List<String> header, List<String[]> records) {
        this.source = source;
        this.header = Collections.unmodifiableList(header);
        this.rows = records.size();
        this.columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String[] col = new String[rows];
            for (int r = 0; r < rows; r++) {
                String[] rec = records.get(r);
                col[r] = c < rec.length ? rec[c] : "";
            }
            columns.put(header.get(c), col);
        }
    }

    public static CsvTable read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(file.getFileName().toString(), text);
    }

    /** @param source file name used in error messages */
    public static CsvTable parse(String source, String text) throws ResultsFormatException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheet tools add a byte-order mark
        }
        List<String[]> records = parseRecords(source, text);
        if (records.isEmpty()) {
            throw new ResultsFormatException(source + " is empty (no header row)");
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.trim());
        }
        return new CsvTable(source, header, records.subList(1, records.size()));
    }

    private static List<String[]> parseRecords(String source, String text) throws ResultsFormatException {
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> rows = READER.readValues(text)) {
            while (rows.hasNext()) {
                String[] row = rows.next();
                // an empty line reads as one empty cell; Jackson's SKIP_EMPTY_LINES would also
                // drop lines of spaces, which are data
                if (row.length > 1 || (row.length == 1 && !row[0].isEmpty())) records.add(row);
            }
        } catch (IOException | RuntimeException e) {
            // Jackson reports an unterminated quote as a missing closing quote at the end of input
            throw new ResultsFormatException(source + ": malformed CSV (" + firstLine(e.getMessage()) + ")");
        }
        return records;
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * A copy in which columns {@code first} and {@code second} are replaced, at the position of
     * {@code first}, by one column named {@code "first + second"} holding "a · b" values. Used for
     * parameters a sweep varies together (a linked axis), which are one factor for a chart.
     */
    public CsvTable mergeColumns(String first, String second) {
        List<String> h = new ArrayList<>();
        String merged = first + " + " + second;
        for (String c : header) {
            if (c.equals(second)) continue;
            h.add(c.equals(first) ? merged : c);
        }
        List<String[]> records = new ArrayList<>();
        String[] a = columns.get(first), b = columns.get(second);
        for (int r = 0; r < rows; r++) {
            String[] rec = new String[h.size()];
            for (int c = 0; c < h.size(); c++) {
                String name = h.get(c);
                rec[c] = name.equals(merged) ? a[r] + " · " + b[r] : columns.get(name)[r];
            }
            records.add(rec);
        }
        return new CsvTable(source, h, records);
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** fails with a message naming the file when a column the chart needs is absent */
    public void require(String... names) throws ResultsFormatException {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (!has(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw new ResultsFormatException(source + " lacks column(s) " + String.join(", ", missing));
        }
    }

    public String[] text(String column) {
        String[] col = columns.get(column);
        if (col == null) {
            throw new IllegalArgumentException(source + " has no column " + column);
        }
        return col.clone();
    }

    /**
     * Numeric view of a column: blank, "null", "NA" and unparsable cells become NaN (the
     * contract writes null endpoints as empty cells); booleans become 1/0 so rates can be averaged.
     */
    public double[] numbers(String column) {
        String[] col = columns.get(column);
        if (col == null) {
            throw new IllegalArgumentException(source + " has no column " + column);
        }
        double[] out = new double[col.length];
        for (int i = 0; i < col.length; i++) {
            out[i] = toDouble(col[i]);
        }
        return out;
    }

    static double toDouble(String cell) {
        if (cell == null) {
            return Double.NaN;
        }
        String s = cell.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "", "null", "na", "nan", "none" -> {
                return Double.NaN;
            }
            case "true" -> {
                return 1;
            }
            case "false" -> {
                return 0;
            }
            default -> {
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
    }

    @Override
    public String toString() {
        return source + " " + header + " (" + rows + " rows)";
    }
}
