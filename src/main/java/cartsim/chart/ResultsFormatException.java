package cartsim.chart;

import java.io.IOException;

/** A results file exists but does not follow docs/results-format.md; the message names the file. */
public final class ResultsFormatException extends IOException {
    public ResultsFormatException(String message) {
        super(message);
    }
}
