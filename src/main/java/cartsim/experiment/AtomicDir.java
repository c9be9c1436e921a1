package cartsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder written into a hidden temporary sibling and renamed into place on commit,
 * so a failed or interrupted command never leaves a half-written folder behind.
 */
public final class AtomicDir implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private volatile boolean committed;

    public AtomicDir(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        if (Files.exists(this.target) && !isEmptyDir(this.target))
            throw new FileAlreadyExistsException(this.target + " (choose another --out or remove it)");
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.tmp = createHidden(parent, "." + this.target.getFileName() + ".tmp-");
        // Ctrl-C skips finally blocks but runs shutdown hooks: remove the unfinished folder there
        this.cleanup = new Thread(() -> {
            if (!committed) deleteQuietly(tmp);
        }, "cartsim-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    private final Thread cleanup;

    /**
     * A new hidden folder with the permissions of an ordinary mkdir (createTempDirectory would
     * make it private, and the renamed results folder unreadable to a cluster's other users).
     */
    private static Path createHidden(Path parent, String prefix) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (RuntimeException e) {
            // best effort during shutdown; a hidden .tmp- folder may remain
        }
    }

    /** the folder to write into until commit */
    public Path path() {
        return tmp;
    }

    public Path target() {
        return target;
    }

    public void commit() throws IOException {
        if (Files.exists(target)) Files.delete(target); // an empty folder the user made beforehand
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (!committed) deleteTree(tmp);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
