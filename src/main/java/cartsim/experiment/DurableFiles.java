package cartsim.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.TreeMap;
import java.util.Map;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that after a crash or power loss it is either absent, the old version, or the
 * complete new one: write a temporary sibling, fsync it, rename it over the target, fsync the folder.
 */
public final class DurableFiles {
    private DurableFiles() {}

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        try {
            writeDurably(target, bytes);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // "No space left on device" comes without a file name: name the file being written
            throw new FileSystemException(target.toString(), null, e.getMessage());
        }
    }

    private static void writeDurably(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDir(dir);
    }

    /** makes a rename durable; some platforms cannot open folders, where this is best effort */
    static void syncDir(Path dir) {
        // only POSIX systems can open and fsync a folder; elsewhere (Windows) the rename is still atomic
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // best effort: the file itself was already forced to disk
        }
    }

    /** one journal record: its number and what it holds, parsed from the record's JSON object */
    public interface RecordParser<T> {
        /** @throws IOException or RuntimeException when the record is damaged */
        Map.Entry<Integer, T> parse(Map<String, Object> json) throws IOException;
    }

    /**
     * Reads a journal folder of {@code NUMBER.json} records written by {@link #write}: a leftover
     * {@code .tmp} (a write cut short) is deleted, and so is a record that cannot be parsed, so the
     * work it stood for is simply done again rather than trusted.
     */
    @SuppressWarnings("unchecked")
    public static <T> TreeMap<Integer, T> readRecords(Path dir, RecordParser<T> parser) throws IOException {
        TreeMap<Integer, T> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                    continue;
                }
                if (!n.matches("\\d+\\.json")) continue;
                try {
                    Map.Entry<Integer, T> e = parser.parse(RECORDS.readValue(f.toFile(), Map.class));
                    out.put(e.getKey(), e.getValue());
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper RECORDS = new com.fasterxml.jackson.databind.ObjectMapper();
}
