package cartsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behaviour is preserved: a small set of runs, a sweep and a trial must reproduce, byte for byte,
 * the checksums recorded by the code before the one-declaration refactor
 * (src/test/resources/golden/outputs.sha256). A deliberate change of outputs re-records them
 * with -Dcartsim.writeGolden=true, and its commit must name the change.
 */
class GoldenOutputsTest {
    static final Path SUMS = Path.of("src/test/resources/golden/outputs.sha256");
    static final Set<String> CHECKED = Set.of("timeseries.csv", "events.csv", "summary.json", "runs.csv", "summary.csv",
            "patients.csv", "endpoints.csv", "km.csv");

    @Test
    void bundledRunsSweepAndTrialMatchTheRecordedChecksums(@TempDir Path dir) throws Exception {
        run("run", "scenarios/classroom.yaml", "--days", "20", "--seed", "5", "--out", dir.resolve("run-classroom").toString());
        run("run", "scenarios/antigen-escape.yaml", "--days", "6", "--seed", "2", "--out", dir.resolve("run-antigen-escape").toString());
        run("sweep", "sweeps/dual-vs-single-escape.yaml", "--days", "2", "--replicates", "1", "--threads", "2", "--out", dir.resolve("sweep").toString());
        run("trial", "trials/eliana.yaml", "--patients", "3", "--days", "6", "--threads", "2", "--out", dir.resolve("trial").toString());

        String actual = checksums(dir);
        if (Boolean.getBoolean("cartsim.writeGolden")) Files.writeString(SUMS, actual);
        assertEquals(Files.readString(SUMS), actual, "outputs changed: if intended, re-record with -Dcartsim.writeGolden=true and name the change");
    }

    private static void run(String... args) {
        assertEquals(0, Main.commandLine().execute(args), String.join(" ", args));
    }

    /** `sha256sum`-style lines, sorted by path, for the checked files outside runs/ */
    private static String checksums(Path dir) throws IOException, java.security.NoSuchAlgorithmException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).filter(p -> CHECKED.contains(p.getFileName().toString()))
                    .filter(p -> !dir.relativize(p).toString().contains("runs/")).forEach(files::add);
        }
        files.sort((a, b) -> ("./" + dir.relativize(a)).compareTo("./" + dir.relativize(b)));
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
            sb.append(HexFormat.of().formatHex(h)).append("  ./").append(dir.relativize(f)).append('\n');
        }
        return sb.toString();
    }
}
