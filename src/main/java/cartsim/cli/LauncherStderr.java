package cartsim.cli;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Lets cartsim's messages bypass the launcher's stderr filter. The {@code ./cartsim} launcher
 * starts the JVM with the incubating Vector API module, which the JVM announces with a warning on
 * stderr before any of our code runs; the launcher drops that line by passing the JVM's stderr
 * through a filter. Everything cartsim writes goes instead straight to the original stderr, which
 * the launcher hands over as an extra file descriptor ({@code CARTSIM_STDERR_FD}): so a bad-input
 * message is the one line on stderr, and it is there when the process has exited, not when the
 * filter gets round to it.
 */
final class LauncherStderr {
    static final String FD_VARIABLE = "CARTSIM_STDERR_FD";

    private LauncherStderr() {
    }

    /** points System.err at the launcher's descriptor when there is one; otherwise leaves it alone */
    static void adopt() {
        String fd = System.getenv(FD_VARIABLE);
        if (fd == null || !fd.matches("[0-9]+")) return;
        try {
            // append: when stderr is a file, the filter and this stream then write at its end alike
            System.setErr(new PrintStream(new FileOutputStream("/dev/fd/" + fd, true), true, Charset.defaultCharset()));
        } catch (FileNotFoundException | SecurityException e) {
            // no /dev/fd here (or a closed descriptor): keep the JVM's stderr, filtered by the launcher
        }
    }
}
