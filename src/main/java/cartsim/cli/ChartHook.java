package cartsim.cli;

import java.nio.file.Path;
import java.util.List;

/** Draws the charts of a finished results folder (run, sweep or trial) into DIR/charts/ as PNG. */
final class ChartHook {
    private ChartHook() {}

    static void plot(Path dir, boolean quiet) throws Exception {
        List<Path> files = cartsim.chart.Plotter.plot(dir, "png", 1600, 900);
        if (!quiet) System.out.println("charts: " + files.size() + " files in " + dir.resolve("charts"));
    }
}
