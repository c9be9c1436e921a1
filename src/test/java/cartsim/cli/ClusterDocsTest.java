package cartsim.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/cluster.md shows the SLURM scripts that CI submits (.ci/slurm.sh runs docs/cluster/submit.sh,
 * which submits docs/cluster/array.sh): each block marked {@code <!-- file: PATH -->} must be that
 * file, so the recipe a user copies is the one that was run on a scheduler.
 */
class ClusterDocsTest {
    @Test
    void recipeInTheDocsIsTheFileCiSubmits() throws Exception {
        String doc = Files.readString(Path.of("docs/cluster.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- file: (\\S+) -->\\n```bash\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int blocks = 0;
        while (m.find()) {
            blocks++;
            assertEquals(Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8), m.group(2), m.group(1));
        }
        assertEquals(3, blocks, "docs/cluster.md must show array.sh, submit.sh and calibrate.sh");
        String ci = Files.readString(Path.of(".ci/slurm.sh"), StandardCharsets.UTF_8);
        assertTrue(ci.contains("docs/cluster/submit.sh"), "CI must submit the documented recipe");
        assertTrue(Files.readString(Path.of("docs/cluster/submit.sh")).contains("\"$here/array.sh\""));
        assertTrue(Files.readString(Path.of(".ci/run")).contains(".ci/slurm.sh"));
    }
}
