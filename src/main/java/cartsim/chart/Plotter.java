package cartsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Draws every chart for a result folder into {@code DIR/charts/}. Entry point for
 * {@code ./cartsim plot DIR} and for the {@code --charts} option of run, sweep and trial.
 */
public final class Plotter {

    public static final String CHARTS_DIR = "charts";

    private Plotter() {
    }

    /**
     * Notes about skipped charts go to standard error; use the overload to collect them instead.
     *
     * @param format png, svg or both
     * @return the image files written
     * @throws IOException when DIR is not a result folder or a file breaks the results format;
     *                     the message is one line, fit to show a user
     */
    public static List<Path> plot(Path dir, String format, int width, int height) throws IOException {
        return plot(dir, format, width, height, note -> System.err.println("note: " + note));
    }

    public static List<Path> plot(Path dir, String format, int width, int height, Consumer<String> notes)
            throws IOException {
        ExportFormat fmt = ExportFormat.parse(format);
        ChartStyle style = new ChartStyle(width, height);
        ResultKind kind = ResultKind.of(dir);
        List<Figure> figures = switch (kind) {
            case RUN -> new RunCharts(style).all(RunResults.read(dir), notes);
            case SWEEP -> new SweepCharts(style).all(SweepResults.read(dir), notes);
            case TRIAL -> new TrialCharts(style).all(TrialResults.read(dir), notes);
        };
        Path out = dir.resolve(CHARTS_DIR);
        List<Path> written = new ArrayList<>();
        for (Figure f : figures) {
            written.addAll(ChartExport.write(f.drawable(), out, f.name(), fmt, width, height));
        }
        return written;
    }
}
