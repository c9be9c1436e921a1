package cartsim.cli;

import cartsim.gui.GifWriter;
import cartsim.gui.ImageFiles;
import cartsim.gui.Mp4Writer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cartsim animate}: the tissue view from infusion onwards as a looping animated GIF or an MP4. */
@Command(name = "animate", mixinStandardHelpOptions = true,
        description = "Run a scenario headless and write the tissue view every H hours from day 0 as a looping "
                + "animated GIF, or an MP4 (--out FILE.mp4); --compare B.yaml puts a second scenario beside it. Needs no display.")
public final class AnimateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PictureOptions picture;

    @Option(names = "--days", paramLabel = "D", description = "days after infusion to animate (default: ${DEFAULT-VALUE})")
    private double days = 28;

    @Option(names = "--every", paramLabel = "H", description = "hours between frames (default: ${DEFAULT-VALUE})")
    private double everyHours = 12;

    @Option(names = "--out", paramLabel = "FILE.gif|FILE.mp4",
            description = "output: a looping GIF, or an H.264 MP4 when the name ends in .mp4 (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("animation.gif");

    @Option(names = "--width", paramLabel = "PX", description = "frame width in pixels (default: 720, or 1280 with --compare)")
    private Integer widthOption;
    private int width;

    @Option(names = "--height", paramLabel = "PX", description = "frame height in pixels (default: ${DEFAULT-VALUE})")
    private int height = 520;

    @Option(names = "--frame-ms", paramLabel = "MS", description = "time each frame is shown (default: ${DEFAULT-VALUE})")
    private int frameMs = 200;

    @Override
    public Integer call() {
        if (!(days > 0) || !(everyHours > 0) || frameMs <= 0)
            return fail("--days, --every and --frame-ms must be positive", 2);
        width = widthOption != null ? widthOption : picture.compare != null ? 1280 : 720;
        try {
            boolean mp4 = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4");
            if (mp4) Mp4Writer.checkSize(width, height);
            PictureRuns run = picture.runs(days);
            List<BufferedImage> frames = new ArrayList<>();
            int n = (int) Math.floor(days * 24 / everyHours + 1e-9);
            for (int k = 0; k <= n; k++) {
                run.advanceTo(k * everyHours / 24);
                frames.add(run.render(picture.layer, width, height));
            }
            if (mp4) ImageFiles.writeFile(out, f -> Mp4Writer.write(frames, frameMs, f));
            else ImageFiles.write(out, o -> GifWriter.write(frames, frameMs, o));
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
