package cartsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The defect of issue 14: a sweep killed after its folder and sweep.yaml existed but before
 * manifest.json could not be resumed. A study folder now appears whole or not at all.
 */
class StudyFolderTest {
    @Test
    void aFolderAppearsWithItsManifestOrNotAtAll(@TempDir Path dir) throws Exception {
        Map<String, Object> manifest = new LinkedHashMap<>(Map.of("kind", "sweep", "complete", false));
        Path out = dir.resolve("out");
        // the study file cannot be copied: creation fails half-way, and nothing is left at --out
        assertThrows(NoSuchFileException.class, () -> StudyFolder.create(out, manifest, dir.resolve("missing.yaml"), "sweep.yaml"));
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count(), "the hidden sibling is removed too");
        }
        Path study = SweepFixtures.write(dir, "s.yaml", "name: s\n");
        StudyFolder.create(out, manifest, study, "sweep.yaml");
        assertTrue(Files.exists(out.resolve("manifest.json")) && Files.exists(out.resolve("sweep.yaml")));
        assertEquals("sweep", StudyFolder.readManifest(out, "sweep").get("kind"));
    }
}
