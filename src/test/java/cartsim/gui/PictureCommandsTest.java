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

    @Test
    void snapshotCompareShowsBothRunsWithOneSeed(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("pair.png");
        // the same scenario on both sides: with one shared seed both halves must show the same tissue
        int rc = run(cat(new String[]{"snapshot", "scenarios/classroom.yaml", "--compare", "scenarios/classroom.yaml"},
                cat(SMALL, "--day", "1", "--out", png.toString(), "--width", "800", "--height", "400", "--seed", "5")));
        assertEquals(0, rc, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        int band = CompareImage.bandHeight(800, 400);
        assertTrue(sameHalves(img, band), "one seed, one scenario: identical halves");

        Path other = dir.resolve("other.png");
        rc = run(cat(new String[]{"snapshot", "scenarios/classroom.yaml", "--compare", "scenarios/classroom-cd28.yaml"},
                cat(SMALL, "--day", "1", "--out", other.toString(), "--width", "800", "--height", "400", "--seed", "5")));
        assertEquals(0, rc, err.toString());
        assertFalse(sameHalves(ImageIO.read(other.toFile()), band), "a different therapy on the right");
    }

    private static boolean sameHalves(BufferedImage img, int band) {
        int half = img.getWidth() / 2;
        for (int y = band; y < img.getHeight(); y++)
            for (int x = 2; x < half - 2; x++)
                if (img.getRGB(x, y) != img.getRGB(x + half, y)) return false;
        return true;
    }

    @Test
    void animateWritesAnMp4WhenAskedTo(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("anim.mp4");
        int rc = run(cat(new String[]{"animate"}, cat(SMALL, "--days", "1", "--every", "12", "--out", mp4.toString(),
                "--width", "640", "--height", "360", "--compare", "scenarios/classroom-cd28.yaml")));
        assertEquals(0, rc, err.toString());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(mp4), 12);
        assertEquals("ftyp", new String(head, 4, 4, java.nio.charset.StandardCharsets.US_ASCII), "an MP4 file");
        // decodes back: the last of the 3 frames (days 0, 0.5, 1) is a full-size picture
        BufferedImage last = org.jcodec.api.awt.AWTFrameGrab.getFrame(mp4.toFile(), 2);
        assertEquals(640, last.getWidth());
        assertEquals(360, last.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void mp4WithAnOddSizeIsRejectedBeforeRunning(@TempDir Path dir) {
        Path mp4 = dir.resolve("odd.mp4");
        assertEquals(2, run(cat(new String[]{"animate"}, cat(SMALL, "--days", "1", "--out", mp4.toString(), "--width", "321"))));
        assertTrue(err.toString().contains("even --width and --height"), err.toString());
        assertFalse(Files.exists(mp4));
    }

    @Test
    void guiReportsABadCompareFileBeforeLookingForADisplay(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "product:\n  costim: CD27\n");
        assertEquals(2, run("gui", "scenarios/classroom.yaml", "--compare", bad.toString()));
        String e = err.toString().strip();
        assertTrue(e.startsWith(bad + ":2:"), e);
        assertFalse(e.contains("\n"), "one line: " + e);
    }
}
