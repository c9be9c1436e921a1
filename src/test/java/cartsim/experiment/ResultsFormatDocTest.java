package cartsim.experiment;

import cartsim.model.Endpoint;
import cartsim.model.TimeSeries;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/results-format.md's tables are generated from the declarations; regenerate with -Dcartsim.writeDocs=true */
class ResultsFormatDocTest {
    static final Path DOC = Path.of("docs/results-format.md");

    @Test
    void committedResultsFormatIsCurrent() throws Exception {
        String doc = Files.readString(DOC);
        String current = ResultsFormatDoc.update(doc);
        if (Boolean.getBoolean("cartsim.writeDocs")) Files.writeString(DOC, current);
        assertEquals(current, Files.readString(DOC),
                "docs/results-format.md is stale: run mvn -o test -Dtest=ResultsFormatDocTest -Dcartsim.writeDocs=true");
    }

    @Test
    void everyColumnEndpointAndMetricIsDocumented() {
        String doc = ResultsFormatDoc.update("<!-- generated: timeseries-columns -->\n<!-- end generated -->\n"
                + "<!-- generated: summary-keys -->\n<!-- end generated -->\n<!-- generated: trial-metrics -->\n<!-- end generated -->\n");
        for (String c : TimeSeries.COLUMNS) assertTrue(doc.contains("| `" + c + "` |"), c);
        for (Endpoint e : Endpoint.values()) assertTrue(doc.contains("| `" + e.key() + "` |"), e.key());
        for (String m : TrialMetric.NAMES) assertTrue(doc.contains("| `" + m + "` |"), m);
    }
}
