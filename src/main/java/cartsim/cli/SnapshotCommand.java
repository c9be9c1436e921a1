package cartsim.cli;

import cartsim.gui.ImageFiles;
import cartsim.gui.PictureRuns;
import cartsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cartsim snapshot}: the GUI's tissue view at one day, rendered offscreen to a PNG. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Run a scenario headless to a given day and save the tissue view (cells, legend, caption) "
                + "as a PNG, for slides and papers; --compare B.yaml puts a second scenario beside it. Needs no display.")
public final class SnapshotCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PictureOptions picture;

    @Option(names = "--day", paramLabel = "D", description = "day since infusion to show (default: ${DEFAULT-VALUE})")
    private double day = 14;

    @Option(names = "--out", paramLabel = "FILE.png", description = "output PNG (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("snapshot.png");

    @Option(names = "--width", paramLabel = "PX", description = "image width in pixels (default: 1200, or 1800 with --compare)")
    private Integer widthOption;
    private int width;

    @Option(names = "--height", paramLabel = "PX", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    private int height = 900;

    @Override
    public Integer call() {
        width = widthOption != null ? widthOption : picture.compare != null ? 1800 : 1200;
        try {
            PictureRuns run = picture.runs(day);
            if (day < run.firstDay()) return fail(String.format(Locale.ROOT,
                    "--day %s is before the simulated course, which starts on day %s", day, run.firstDay()), 2);
            run.advanceTo(day);
            BufferedImage img = run.render(picture.layer, width, height);
            ImageFiles.writePng(img, out);
            spec.commandLine().getOut().println("wrote " + out + " (" + width + "×" + height + ", day "
                    + String.format(Locale.ROOT, "%.1f", run.day()) + ")");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ScenarioException e) {
            return fail(e.getMessage(), 2);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), 2);
        } catch (IOException e) {
            return fail("cannot write " + out + ": " + e.getMessage(), 1);
        }
    }

    private int fail(String message, int code) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return code;
    }
}
