package cartsim.scenario;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * scenarios/default.yaml is "the built-in default": it lists every parameter at its schema default.
 * It is generated (header from src/test/resources/default-header.yaml + the resolved defaults);
 * regenerate with -Dcartsim.writeDocs=true when the schema changes.
 */
class DefaultScenarioTest {
    static final Path FILE = Path.of("scenarios/default.yaml");

    static String expected() throws Exception {
        String header = Files.readString(Path.of("src/test/resources/default-header.yaml"), StandardCharsets.UTF_8);
        String body = ScenarioLoader.defaults(CartSchema.get()).toYaml().replaceFirst("(?m)^name: defaults$", "name: default");
        return header + body;
    }

    @Test
    void defaultFileListsEveryParameterAtItsDefault() throws Exception {
        String want = expected();
        if (Boolean.getBoolean("cartsim.writeDocs")) Files.writeString(FILE, want, StandardCharsets.UTF_8);
        assertEquals(want, Files.readString(FILE, StandardCharsets.UTF_8),
                "scenarios/default.yaml is stale: run mvn -o test -Dtest='DefaultScenarioTest,DescribeAndDocsTest' -Dcartsim.writeDocs=true");
        Scenario loaded = ScenarioLoader.load(FILE, List.of(), CartSchema.get());
        assertEquals(ScenarioLoader.defaults(CartSchema.get()).values(), loaded.values());
    }
}
