package cartsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file in {@code src/test/resources/malformed/} must be rejected with one well-formed line
 * naming the file, line and key given in the file's first line:
 * {@code # expect: KEY line N [file F]} (F, relative to the corpus folder, when the error is in
 * another file of the extends chain: then the line names the user's file first, at its
 * {@code extends:}, and F:N second).
 */
class MalformedCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/malformed");
    static final Pattern ONE_LINE = Pattern.compile("^[^:]+:\\d+:\\d+: [\\w.\\-\\[\\]]+: .+");
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\S+) line (\\d+)(?: file (\\S+))?");

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(corpus().count() >= 25, "at least 25 malformed scenarios");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rejectedWithLocatedOneLineError(Path file) throws IOException {
        Matcher expect = EXPECT.matcher(firstLine(file));
        assertTrue(expect.lookingAt(), "first line must be '# expect: KEY line N': " + file);
        String key = expect.group(1);
        int line = Integer.parseInt(expect.group(2));
        Path errorFile = expect.group(3) == null ? file : CORPUS.resolve(expect.group(3));

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(file, List.of(), CartSchema.get()));
        String message = e.getMessage();
        assertTrue(ONE_LINE.matcher(message).matches(), "not one well-formed line: " + message);
        assertTrue(!message.contains("\n"), message);
        assertTrue(message.contains(file.getFileName().toString()), message);
        if (expect.group(3) == null) {
            assertEquals(key, e.key(), message);
            assertEquals(line, e.line(), message);
            assertEquals(file.normalize(), Path.of(e.file()).normalize(), message);
            assertTrue(message.startsWith(e.file() + ":" + line + ":"), message);
        } else {
            // the file the user wrote comes first, at its extends line; the extended file second
            assertEquals(file.normalize(), Path.of(e.file()).normalize(), message);
            assertEquals("extends", e.key(), message);
            int inner = message.indexOf(errorFile.normalize() + ":" + line + ":");
            assertTrue(inner > 0, message);
            assertTrue(message.indexOf(": " + key + ": ", inner) > inner, message);
        }
    }

    @Test
    void randomBinaryFilesGiveACleanError(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            Path f = dir.resolve("garbage" + i + ".yaml");
            Files.write(f, bytes);
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.load(f, List.of(), CartSchema.get()));
            assertTrue(ONE_LINE.matcher(e.getMessage()).matches(), e.getMessage());
        }
    }

    /** the header is read as Latin-1 so binary files with a text header still parse */
    private static String firstLine(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
