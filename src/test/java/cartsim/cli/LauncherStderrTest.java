package cartsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher starts the JVM with the incubating Vector API, which the JVM announces on stderr.
 * Bad input must still leave exactly one line there, present as soon as the process has exited.
 */
class LauncherStderrTest {
    /** the launcher's own redirections; the test checks the script still holds them */
    private static final String FILTER = "2> >(grep -v -x -F --line-buffered \"$incubating\" >&2)";

    @Test
    void badInputThroughTheLaunchersRedirectionsIsOneLineOnStderr(@TempDir Path dir) throws Exception {
        String launcher = Files.readString(Path.of("cartsim"));
        assertTrue(launcher.contains("exec 3>&2") && launcher.contains("export CARTSIM_STDERR_FD=3")
                && launcher.contains("--add-modules jdk.incubator.vector") && launcher.contains(FILTER),
                "the launcher's redirections changed: update this test with them");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "incubating='WARNING: Using incubator modules: jdk.incubator.vector'\n"
                + "exec 3>&2\nexport CARTSIM_STDERR_FD=3\n"
                // the filter made slow on purpose: cartsim's line must not pass through it
                + "exec '" + java + "' --add-modules jdk.incubator.vector -XX:TieredStopAtLevel=1 -cp \"$CP\" cartsim.cli.Main run missing.yaml "
                + FILTER.replace(">(grep", ">(sleep 2; grep") + "\n";
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("CP", System.getProperty("java.class.path"));
        int code = pb.start().waitFor();

        List<String> lines = Files.readAllLines(err); // read at once: no waiting for the filter
        assertEquals(2, code, "bad input exits with 2");
        assertEquals(1, lines.size(), "stderr: " + lines);
        assertTrue(lines.get(0).startsWith("missing.yaml: "), lines.get(0));
    }
}
