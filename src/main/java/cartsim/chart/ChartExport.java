package cartsim.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGUtils;
import org.jfree.ui.Drawable;

/**
 * Writes a chart (or any composite figure) as PNG and/or SVG. Files are written to a temporary
 * sibling and renamed, so a reader never sees a half-written image.
 */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * Writes {@code dir/baseName.png} and/or {@code .svg}; {@link JFreeChart} is a
     * {@link Drawable}, and so are the composite figures (dashboard) built in this package.
     *
     * @return the files written, in the order png, svg
     */
    public static List<Path> write(Drawable figure, Path dir, String baseName, ExportFormat format,
                                   int width, int height) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String ext : format.extensions()) {
            Path target = dir.resolve(baseName + "." + ext);
            if ("png".equals(ext)) {
                writePng(figure, target, width, height);
            } else {
                writeSvg(figure, target, width, height);
            }
            written.add(target);
        }
        return written;
    }

    public static void writePng(Drawable figure, Path target, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            figure.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Path tmp = tempSibling(target);
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available in this Java runtime");
            }
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeSvg(Drawable figure, Path target, int width, int height) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // suppresses JFreeChart's shadow images, which would embed bitmaps in the vector file
        g.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, Boolean.TRUE);
        figure.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Path tmp = tempSibling(target);
        try {
            SVGUtils.writeToSVG(tmp.toFile(), g.getSVGElement());
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path tempSibling(Path target) throws IOException {
        // not Files.createTempFile: that makes owner-only files, and charts are meant to be shared
        Path dir = target.toAbsolutePath().getParent();
        return dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
