package cartsim.gui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@link GuiSmoke} in its own JVM (surefire runs tests headless) when CARTSIM_GUI_SMOKE=1
 * is set as an environment variable or system property and a display (e.g. Xvfb) is available.
 */
class GuiSmokeTest {
    @Test
    void consolePlaysAndScreenshotIsTaken(@TempDir Path dir) throws Exception {
        smoke(dir, "600");
    }

    @Test
    void twoRunsSideBySidePlayAndNarrate(@TempDir Path dir) throws Exception {
        smoke(dir, "600", "scenarios/classroom.yaml", "--compare", "scenarios/classroom-cd28.yaml");
    }

    private static void smoke(Path dir, String... args) throws Exception {
        String flag = System.getProperty("CARTSIM_GUI_SMOKE", System.getenv("CARTSIM_GUI_SMOKE"));
        Assumptions.assumeTrue("1".equals(flag), "set CARTSIM_GUI_SMOKE=1 (and DISPLAY) to run the GUI smoke test");
        Path png = dir.resolve("gui.png");
        Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(javaExe.toString(), "-cp",
                System.getProperty("java.class.path"), GuiSmoke.class.getName(), png.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "GUI smoke timed out");
        assertEquals(0, p.exitValue(), "GUI smoke exit code");
        assertTrue(Files.size(png) > 0);
        assertNotNull(ImageIO.read(png.toFile()));
    }
}
