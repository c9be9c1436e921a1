package cartsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioWriterTest {
    @TempDir
    Path dir;

    private Scenario reload(Scenario s) throws Exception {
        Path f = dir.resolve("written.yaml");
        Files.writeString(f, s.toYaml());
        return ScenarioLoader.load(f, List.of(), s.schema());
    }

    @Test
    void realDefaultsSatisfyTheRules() throws Exception {
        assertEquals(ScenarioLoader.defaults(CartSchema.get()).values(),
                ScenarioLoader.defaults(CartSchema.get(), List.of()).values());
    }

    @Test
    void realDefaultsRoundTrip() throws Exception {
        Scenario s = ScenarioLoader.defaults(CartSchema.get());
        Scenario back = reload(s);
        assertEquals(s.values(), back.values());
        assertEquals("defaults", back.name());
    }

    @Test
    void awkwardValuesRoundTripExactly() throws Exception {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("product.dose_cells_per_kg", 0.1 + 0.2 + 1e6);
        o.put("patient.tumor_burden_cells", 1.2345678901234567e12);
        o.put("disease.antigens.CD19.loss_per_division", 1.0e-7);
        o.put("product.targets", List.of("CD22", "CD19"));
        o.put("product.logic", "AND");
        o.put("product.costim", "4-1BB");
        o.put("product.name", "tisa-cel: \"v2\" # not a comment");
        o.put("treatment.chemotherapy", List.of(Map.of("day", -2.5, "tumor_kill_fraction", 0.3),
                Map.of("day", 14, "cart_kill_fraction", 0.6)));
        Scenario s = ScenarioLoader.defaults(CartSchema.get()).with(o);
        Scenario back = reload(s);
        assertEquals(s.values(), back.values());
        assertEquals(s.toYaml(), back.toYaml(), "stable after a second round");
    }

    @Test
    void outputIsDeterministicAndComplete() {
        Scenario s = ScenarioLoader.defaults(CartSchema.get());
        String yaml = s.toYaml();
        assertEquals(yaml, ScenarioLoader.defaults(CartSchema.get()).toYaml());
        assertTrue(yaml.startsWith("name: defaults\n"));
        assertFalse(yaml.contains("extends"));
        for (Param p : CartSchema.get().params()) {
            assertTrue(yaml.contains(p.key() + ":"), p.path());
        }
        assertTrue(yaml.contains("  days: 60.0  # d\n"), yaml);
        assertTrue(yaml.contains("  seed: 1\n"), "no comment for unit '-'");
        assertTrue(yaml.contains("  targets: [CD19]\n"));
        assertTrue(yaml.contains("  costim: \"4-1BB\"\n"));
    }

    @Test
    void recordListIsABlockListOfMappings() throws Exception {
        Scenario s = ScenarioLoader.defaults(TestSchemas.small())
                .with(Map.of("treatment.chemotherapy", List.of(Map.of("day", 3))));
        String yaml = s.toYaml();
        assertTrue(yaml.contains("treatment:\n  chemotherapy:\n    - day: 3.0  # d\n"
                + "      tumor_kill_fraction: 0.5  # fraction\n      cart_kill_fraction: 0.0  # fraction\n"), yaml);
        String empty = ScenarioLoader.defaults(TestSchemas.small()).toYaml();
        assertTrue(empty.contains("  chemotherapy: []\n"), empty);
    }

    @Test
    void numbersUseSignedExponents() {
        assertEquals("1.0e+10", ValueFormat.number(1e10));
        assertEquals("1.0e-07", ValueFormat.number(1e-7).replace("e-7", "e-07"));
        assertEquals("6.0", ValueFormat.number(6));
        assertEquals(0.1 + 0.2, Double.parseDouble(ValueFormat.number(0.1 + 0.2)));
    }
}
