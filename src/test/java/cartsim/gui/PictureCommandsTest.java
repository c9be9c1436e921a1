package cartsim.gui;

import cartsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cartsim snapshot} and {@code cartsim animate}, run headless. */
class PictureCommandsTest {
    private static final String[] SMALL = {"--set", "simulation.lattice_width=24", "--set", "simulation.lattice_height=24"};
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String[] cat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void snapshotWritesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("snap.png");
        int rc = run(cat(new String[]{"snapshot"}, cat(SMALL, "--day", "2", "--out", png.toString(),
                "--width", "640", "--height", "400", "--layer", "ifng")));
        assertEquals(0, rc, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void animateWritesALoopingGifWithSeveralFrames(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("anim.gif");
        int rc = run(cat(new String[]{"animate"}, cat(SMALL, "--days", "2", "--every", "12", "--out", gif.toString(),
                "--width", "400", "--height", "300")));
        assertEquals(0, rc, err.toString());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(5, r.getNumImages(true)); // days 0, 0.5, 1, 1.5, 2
            assertEquals(400, r.read(0).getWidth());
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertEquals(1, root.getElementsByTagName("ApplicationExtension").getLength(), "NETSCAPE loop extension");
            r.dispose();
        }
    }

    @Test
    void badScenarioIsOneLineExitTwoAndNoFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "simulation:\n  days: lots\n");
        Path png = dir.resolve("snap.png");
        assertEquals(2, run("snapshot", bad.toString(), "--out", png.toString()));
        String e = err.toString().strip();
        assertTrue(e.startsWith(bad + ":2:9: simulation.days:"), e);
        assertFalse(e.contains("\n"), "one line: " + e);
        assertFalse(Files.exists(png));
    }

    @Test
    void badLayerIsRejected(@TempDir Path dir) {
        assertEquals(2, run("snapshot", "--layer", "tnf", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("none, il6 or ifng"), err.toString());
    }
}
