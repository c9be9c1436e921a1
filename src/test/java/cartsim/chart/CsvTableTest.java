package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsAndNumbers() throws Exception {
        CsvTable t = CsvTable.parse("events.csv",
                "\uFEFFday,event,detail\r\n0,infusion,\"2e6 cells/kg, \"\"CD28\"\"\"\r\n4.5,tocilizumab,\n\n");
        assertEquals(List.of("day", "event", "detail"), t.header());
        assertEquals(2, t.rowCount());
        assertArrayEquals(new double[]{0, 4.5}, t.numbers("day"));
        assertEquals("2e6 cells/kg, \"CD28\"", t.text("detail")[0]);
        assertEquals("", t.text("detail")[1]);
    }

    @Test
    void blanksBecomeNaNAndBooleansBecomeRates() throws Exception {
        CsvTable t = CsvTable.parse("x.csv", "a\n\nnull\ntrue\nfalse\n1e3\n");
        double[] a = CsvTable.parse("x.csv", "a\n,\nnull\ntrue\nfalse\n1e3\n").numbers("a");
        assertTrue(Double.isNaN(a[0]));
        assertTrue(Double.isNaN(a[1]));
        assertArrayEquals(new double[]{1, 0, 1000}, new double[]{a[2], a[3], a[4]});
        assertEquals(4, t.rowCount(), "blank lines are skipped");
    }

    @Test
    void missingColumnNamesFileAndColumn() throws Exception {
        CsvTable t = CsvTable.parse("km.csv", "time_days,survival\n0,1\n");
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> t.require("at_risk", "survival"));
        assertEquals("km.csv lacks column(s) at_risk", e.getMessage());
    }

    @Test
    void emptyFileAndOpenQuoteAreFormatErrors() {
        assertThrows(ResultsFormatException.class, () -> CsvTable.parse("a.csv", ""));
        assertThrows(ResultsFormatException.class, () -> CsvTable.parse("a.csv", "a\n\"open\n"));
    }
}
