package cartsim.gui;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes output files through a temporary sibling and a rename, so no half-written image is left behind. */
public final class ImageFiles {
    private ImageFiles() {}

    /** something that writes the whole file to a stream */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void writePng(BufferedImage img, Path target) throws IOException {
        write(target, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    /** temp files are created owner-only; a published image should be as readable as any other file */
    private static void readableByAll(Path p) {
        // on a non-POSIX file system the platform's default permissions apply
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            // best effort: the image is written either way
        }
    }

    /** something that writes the whole file at a path (for writers that seek, like the MP4 muxer) */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file) throws IOException;
    }

    public static void write(Path target, Writer w) throws IOException {
        writeFile(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                w.write(out);
            }
        });
    }

    /** {@code w} writes a temporary sibling of {@code target}, which then replaces the target in one rename */
    public static void writeFile(Path target, FileWriter w) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            w.write(tmp);
            readableByAll(tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
