package cartsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    @Test
    void plotsARunFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(dir.resolve("manifest.json"), "{\"kind\":\"run\",\"seed\":1}");
        Files.writeString(dir.resolve("timeseries.csv"), "day,tumor_cells,cart_cells,il6_pg_per_ml,ifng_pg_per_ml,"
                + "crs_grade,tumor_antigen_positive,tumor_antigen_low,tumor_antigen_negative,cart_memory,"
                + "cart_effector,cart_exhausted\n"
                + "0,1000,10,5,2,0,900,90,10,5,5,0\n1,800,50,50,20,1,700,90,10,20,25,5\n"
                + "2,400,200,500,80,2,300,90,10,60,120,20\n");
        assertEquals(0, Main.run("plot", dir.toString(), "--size", "640x360"), text(err));
        assertTrue(Files.isRegularFile(dir.resolve("charts/dashboard.png")));
        assertTrue(text(out).contains("wrote 5 chart file(s)"), text(out));
        assertTrue(text(err).contains("note: events.csv not found"), text(err));
    }

    @Test
    void badSizeIsOneLineAndExitTwo() {
        assertEquals(2, Main.run("plot", tmp.toString(), "--size", "big"));
        assertEquals(1, text(err).strip().lines().count(), text(err));
        assertTrue(text(err).contains("bad --size 'big'"), text(err));
    }

    @Test
    void badFolderIsOneLineAndExitTwo() {
        assertEquals(2, Main.run("plot", tmp.resolve("missing").toString()));
        assertEquals(1, text(err).strip().lines().count(), text(err));
        assertTrue(text(err).startsWith("cartsim plot: no such folder"), text(err));
    }

    @Test
    void badFormatIsOneLineAndExitTwo() throws Exception {
        Files.writeString(tmp.resolve("manifest.json"), "{\"kind\":\"run\"}");
        assertEquals(2, Main.run("plot", tmp.toString(), "--format", "pdf"));
        assertEquals(1, text(err).strip().lines().count(), text(err));
    }

    @Test
    void sizeParsing() {
        assertArrayEquals(new int[]{1920, 1080}, PlotCommand.parseSize("1920x1080"));
        assertArrayEquals(new int[]{800, 600}, PlotCommand.parseSize("800X600"));
        assertThrows(IllegalArgumentException.class, () -> PlotCommand.parseSize("50x50"));
        assertThrows(IllegalArgumentException.class, () -> PlotCommand.parseSize("20000x900"));
    }

    private static String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }
}
