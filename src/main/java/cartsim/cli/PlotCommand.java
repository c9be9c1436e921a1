package cartsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cartsim.chart.Plotter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./cartsim plot DIR}: (re)draws the charts of a run, sweep or trial folder. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw the charts of a run, sweep or trial result folder into DIR/charts/.")
public final class PlotCommand implements Callable<Integer> {

    static final int EXIT_USAGE = 2;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})[xX×](\\d{1,5})");
    /** beyond this a single image needs hundreds of MB and is no use on any screen or page */
    private static final int MAX_SIDE = 10000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "result folder (contains manifest.json)")
    Path dir;

    @Option(names = "--format", paramLabel = "png|svg|both", defaultValue = "png",
            description = "image format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x900",
            description = "image size in pixels (default: ${DEFAULT-VALUE})")
    String size;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        int[] wh;
        try {
            wh = parseSize(size);
        } catch (IllegalArgumentException e) {
            err.println("cartsim plot: " + e.getMessage());
            return EXIT_USAGE;
        }
        try {
            List<Path> files = Plotter.plot(dir, format, wh[0], wh[1], note -> err.println("note: " + note));
            out.println("wrote " + files.size() + " chart file(s) to " + dir.resolve(Plotter.CHARTS_DIR));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cartsim plot: " + e.getMessage());
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            // a chart library failure on unusual data: report it in one line, not a stack trace
            err.println("cartsim plot: could not draw charts for " + dir + ": " + e);
            return 1;
        }
    }

    /** "1600x900" → {1600, 900}; both sides 100–10000 pixels */
    static int[] parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("bad --size '" + text + "' (expected WxH, e.g. 1600x900)");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 100 || h < 100 || w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException("bad --size '" + text + "' (each side must be 100–" + MAX_SIDE + " pixels)");
        }
        return new int[]{w, h};
    }
}
