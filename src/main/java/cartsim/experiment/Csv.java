package cartsim.experiment;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV through Jackson's CSV module: a field is quoted only when it holds a comma, a
 * quote or a line break, and quotes inside are doubled. This class is a thin facade so the
 * writers keep building rows as lists of text cells.
 */
public final class Csv {
    /** "strict" quoting quotes only what RFC 4180 requires; the default also quotes spaces */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();
    private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\n");
    private static final ObjectReader LINE_READER = MAPPER.readerForListOf(String.class).with(ROWS);

    private Csv() {}

    /** one field as it appears in a line: quoted when it must be */
    public static String field(String s) {
        String l = line(java.util.Collections.singletonList(s));
        return l.substring(0, l.length() - 1);
    }

    /** one CSV line with a trailing newline; null fields are empty */
    public static String line(List<String> fields) {
        StringWriter out = new StringWriter();
        try (CsvGenerator g = (CsvGenerator) MAPPER.getFactory().createGenerator(out)) {
            g.setSchema(ROWS);
            g.writeStartArray();
            for (String f : fields) {
                if (f == null) {
                    g.writeString("");
                } else if (f.indexOf('\r') >= 0 && f.indexOf('\n') < 0 && f.indexOf(',') < 0 && f.indexOf('"') < 0) {
                    // Jackson's strict check looks only at the line separator ('\n') for line
                    // breaks, so a lone carriage return would be written bare and split the row
                    g.writeRawValue('"' + f + '"');
                } else {
                    g.writeString(f);
                }
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return out.toString();
    }

    /** splits one line written by {@link #line} (without its newline) into its fields */
    public static List<String> split(String line) {
        try (MappingIterator<List<String>> rows = LINE_READER.readValues(line)) {
            return rows.hasNext() ? new ArrayList<>(rows.next()) : new ArrayList<>(List.of(""));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not one CSV line: " + line, e);
        }
    }

    /** a cell for a value of any endpoint: numbers 6 significant digits, booleans 1/0, null empty */
    public static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Boolean b) return b ? "1" : "0";
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Numbers.format(d) : "";
        }
        if (v instanceof List<?> l) {
            // list-valued parameters (product.targets) in the YAML flow form they are written in
            List<String> parts = new ArrayList<>();
            for (Object o : l) parts.add(String.valueOf(o));
            return "[" + String.join(",", parts) + "]";
        }
        return v.toString();
    }
}
