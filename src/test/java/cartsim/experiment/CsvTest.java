package cartsim.experiment;

import cartsim.chart.CsvTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CSV files are a contract: a field is quoted exactly when it holds a comma, a quote, a line
 * feed or a carriage return (quotes doubled), as the hand-written writer did before Jackson.
 */
class CsvTest {
    private static final char[] ALPHABET = {'a', 'Z', '1', ',', '"', '\n', '\r', ' ', '#', '\t', 'é', 'µ', '.', '-'};

    /** the quoting rule every cartsim CSV has been written with */
    private static String expectedField(String s) {
        if (s == null) return "";
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Test
    void handPickedFields() {
        assertEquals("plain,a b, lead,#hash,,\"a,b\",\"q\"\"q\",\"l\nf\",\"c\rr\"\n",
                Csv.line(Arrays.asList("plain", "a b", " lead", "#hash", null, "a,b", "q\"q", "l\nf", "c\rr")));
        assertEquals("", Csv.field(""));
        assertEquals("\"x,y\"", Csv.field("x,y"));
        assertEquals(List.of("a", "", "b,c", "d\"e"), Csv.split("a,,\"b,c\",\"d\"\"e\""));
        assertEquals(List.of(""), Csv.split(""));
    }

    @Test
    void randomFieldsAreQuotedExactlyWhenNeededAndReadBack() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            List<String> fields = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(6);
                for (int k = 0; k < len; k++) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                fields.add(sb.toString());
            }
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < n; i++) want.append(i > 0 ? "," : "").append(expectedField(fields.get(i)));
            String line = Csv.line(fields);
            assertEquals(want.append('\n').toString(), line, fields.toString());

            // a header row plus this row reads back cell for cell (CsvTable pads nothing here)
            List<String> header = new ArrayList<>();
            for (int i = 0; i < n; i++) header.add("c" + i);
            CsvTable t = CsvTable.parse("t.csv", Csv.line(header) + line);
            if (fields.stream().allMatch(String::isEmpty) && n == 1) continue; // a blank line is skipped
            for (int i = 0; i < n; i++) assertEquals(fields.get(i), t.text("c" + i)[0], fields.toString());
            boolean oneLine = fields.stream().noneMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0);
            if (oneLine) assertEquals(fields, Csv.split(line.substring(0, line.length() - 1)), fields.toString());
        }
    }
}
