package cartsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescribeAndDocsTest {
    static final Path DOC = Path.of("docs/parameters.md");

    @Test
    void describeHasOneRowPerParameterWithWhereItWasSet(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, "simulation:\n  days: 12\n");
        Scenario s = ScenarioLoader.load(f, List.of("simulation.seed=5"), TestSchemas.small());
        String table = Describe.describe(s);
        List<String> lines = table.lines().toList();
        assertEquals(s.schema().params().size() + 4, lines.size(), table);
        assertTrue(lines.get(2).startsWith("parameter"), table);
        String days = lines.stream().filter(l -> l.startsWith("simulation.days ")).findFirst().orElseThrow();
        assertTrue(days.matches("simulation\\.days +12\\.0 +d +\\[0\\.1, 3650\\] d +60\\.0 +.*d\\.yaml:2 +reasoned"), days);
        assertTrue(table.contains("--set:1"), table);
        String weight = lines.stream().filter(l -> l.startsWith("patient.weight_kg ")).findFirst().orElseThrow();
        assertTrue(weight.contains(" default "), weight);
        assertEquals(table, Describe.describe(s));
    }

    @Test
    void markdownHasATablePerSection() {
        String md = ParametersDoc.markdown(CartSchema.get());
        assertTrue(md.startsWith("# Scenario parameters\n\n"));
        assertEquals(md, ParametersDoc.markdown(CartSchema.get()));
        for (String section : CartSchema.get().childKeys("")) {
            assertTrue(md.contains("\n## " + section + "\n\n| parameter | default | unit | allowed | source | description |\n"), section);
        }
        for (Param p : CartSchema.get().params()) assertTrue(md.contains("| `" + p.path() + "` |"), p.path());
        assertTrue(md.contains("| `treatment.chemotherapy[].day` |"));
    }

    /** docs/parameters.md is generated; regenerate with -Dcartsim.writeDocs=true when the schema changes */
    @Test
    void committedParameterDocIsCurrent() throws Exception {
        String md = ParametersDoc.markdown(CartSchema.get());
        if (Boolean.getBoolean("cartsim.writeDocs")) Files.writeString(DOC, md);
        assertEquals(md, Files.readString(DOC),
                "docs/parameters.md is stale: run mvn -o test -Dtest=DescribeAndDocsTest -Dcartsim.writeDocs=true");
    }
}
