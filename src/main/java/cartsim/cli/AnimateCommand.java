package cartsim.cli;

import cartsim.gui.GifWriter;
import cartsim.gui.ImageFiles;
import cartsim.gui.Playback;
import cartsim.gui.TissueImage;
import cartsim.gui.TissueLayers;
import cartsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cartsim animate}: the tissue view from infusion onwards as a looping animated GIF. */
@Command(name = "animate", mixinStandardHelpOptions = true,
        description = "Run a scenario headless and write the tissue view every H hours from day 0 as a looping "
                + "animated GIF. Needs no display.")
public final class AnimateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PictureOptions picture;

    @Option(names = "--days", paramLabel = "D", description = "days after infusion to animate (default: ${DEFAULT-VALUE})")
    private double days = 28;

    @Option(names = "--every", paramLabel = "H", description = "hours between frames (default: ${DEFAULT-VALUE})")
    private double everyHours = 12;

    @Option(names = "--out", paramLabel = "FILE.gif", description = "output GIF (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("animation.gif");

    @Option(names = "--width", paramLabel = "PX", description = "frame width in pixels (default: ${DEFAULT-VALUE})")
    private int width = 720;

    @Option(names = "--height", paramLabel = "PX", description = "frame height in pixels (default: ${DEFAULT-VALUE})")
    private int height = 520;

    @Option(names = "--frame-ms", paramLabel = "MS", description = "time each frame is shown (default: ${DEFAULT-VALUE})")
    private int frameMs = 200;

    @Override
    public Integer call() {
        if (!(days > 0) || !(everyHours > 0) || frameMs <= 0)
            return fail("--days, --every and --frame-ms must be positive", 2);
        try {
            Playback run = picture.playback(days);
            TissueLayers layers = new TissueLayers(run.model.width, run.model.height);
            List<BufferedImage> frames = new ArrayList<>();
            int n = (int) Math.floor(days * 24 / everyHours + 1e-9);
            for (int k = 0; k <= n; k++) {
                run.advanceTo(k * everyHours / 24);
                frames.add(TissueImage.render(run.model, layers, picture.layer, width, height));
            }
            ImageFiles.write(out, o -> GifWriter.write(frames, frameMs, o));
            spec.commandLine().getOut().println("wrote " + out + " (" + frames.size() + " frames, " + width + "×" + height + ")");
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
