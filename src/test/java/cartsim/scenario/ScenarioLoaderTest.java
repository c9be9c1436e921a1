package cartsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLoaderTest {
    private final Schema schema = TestSchemas.small();

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private ScenarioException fails(Path file, String... sets) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(sets), schema));
    }

    @Test
    void loadsValuesWithCanonicalTypesAndFillsDefaults() throws Exception {
        Path f = write("happy.yaml",
                "description: a test",
                "simulation:",
                "  days: 30          # whole number for a DOUBLE",
                "  seed: 7",
                "patient:",
                "  tumor_burden_cells: 1e11",
                "disease:",
                "  antigens:",
                "    CD22:",
                "      cv: 0.25",
                "product:",
                "  targets: [CD19, CD22]",
                "  logic: OR",
                "  costim: CD28",
                "  allogeneic: true",
                "treatment:",
                "  chemotherapy:",
                "    - day: -3",
                "      tumor_kill_fraction: 0.4",
                "    - {day: 10}");
        Scenario s = ScenarioLoader.load(f, List.of(), schema);
        assertEquals("happy", s.name());
        assertEquals("a test", s.description());
        assertEquals(30.0, s.get("simulation.days"));
        assertInstanceOf(Double.class, s.get("simulation.days"));
        assertEquals(7, s.get("simulation.seed"));
        assertInstanceOf(Integer.class, s.get("simulation.seed"));
        assertEquals(1e11, s.d("patient.tumor_burden_cells"));
        assertEquals(40.0, s.d("patient.weight_kg"), "default filled in");
        assertEquals(0.25, s.d("disease.antigens.CD22.cv"));
        assertEquals(0.8, s.d("disease.antigens.CD19.cv"));
        assertEquals(List.of("CD19", "CD22"), s.list("product.targets"));
        assertEquals("CD28", s.s("product.costim"));
        assertTrue(s.b("product.allogeneic"));
        List<Map<String, Object>> chemo = s.records("treatment.chemotherapy");
        assertEquals(Map.of("day", -3.0, "tumor_kill_fraction", 0.4, "cart_kill_fraction", 0.0), chemo.get(0));
        assertEquals(Map.of("day", 10.0, "tumor_kill_fraction", 0.5, "cart_kill_fraction", 0.0), chemo.get(1));
        assertEquals(schema.params().size(), s.values().size());
        assertEquals(new Location(f.toString(), 3, 3), s.origins().get("simulation.days"));
        assertNull(s.origins().get("patient.weight_kg"));
    }

    @Test
    void nameKeyWinsOverFileName() throws Exception {
        Path f = write("file-name.yaml", "name: CD19/CD22 tandem", "simulation:", "  days: 10");
        assertEquals("CD19/CD22 tandem", ScenarioLoader.load(f, List.of(), schema).name());
    }

    @Test
    void emptySectionIsAllowed() throws Exception {
        Path f = write("empty-section.yaml", "simulation:", "  # everything commented out", "patient:");
        assertEquals(60.0, ScenarioLoader.load(f, List.of(), schema).d("simulation.days"));
    }

    @Test
    void extendsDeepMergesThreeLevels() throws Exception {
        write("base/root.yaml",
                "name: root",
                "simulation:",
                "  days: 100",
                "  seed: 1",
                "disease:",
                "  antigens:",
                "    CD19: {mean_molecules_per_cell: 9000, cv: 0.5}",
                "product:",
                "  targets: [CD19, CD22]",
                "  logic: OR",
                "treatment:",
                "  chemotherapy: [{day: 1}, {day: 2}]");
        write("base/middle.yaml",
                "extends: root.yaml",
                "simulation:",
                "  seed: 2",
                "disease:",
                "  antigens:",
                "    CD19:",
                "      cv: 0.9",
                "product:",
                "  targets: [CD22]",
                "  logic: single");
        Path top = write("top.yaml",
                "extends: base/middle.yaml",
                "disease:",
                "  antigens:",
                "    CD22: {cv: 1.5}",
                "treatment:",
                "  chemotherapy: [{day: 5}]");
        Scenario s = ScenarioLoader.load(top, List.of(), schema);
        assertEquals("top", s.name(), "name is not inherited");
        assertEquals(100.0, s.d("simulation.days"), "from root");
        assertEquals(2, s.i("simulation.seed"), "middle overrides root");
        assertEquals(9000.0, s.d("disease.antigens.CD19.mean_molecules_per_cell"), "sibling key kept");
        assertEquals(0.9, s.d("disease.antigens.CD19.cv"), "nested key overridden");
        assertEquals(1.5, s.d("disease.antigens.CD22.cv"), "top adds");
        assertEquals(List.of("CD22"), s.list("product.targets"), "lists replace, not append");
        assertEquals(1, s.records("treatment.chemotherapy").size(), "record lists replace");
        assertEquals(dir.resolve("base/root.yaml").toString(), s.origins().get("simulation.days").file());
        assertEquals(dir.resolve("base/middle.yaml").toString(), s.origins().get("simulation.seed").file());
    }

    @Test
    void cyclicExtendsIsNamed() throws Exception {
        write("a.yaml", "extends: b.yaml");
        write("b.yaml", "simulation: {days: 3}", "extends: c.yaml");
        write("c.yaml", "extends: a.yaml");
        ScenarioException e = fails(dir.resolve("a.yaml"));
        assertEquals("extends", e.key());
        assertTrue(e.getMessage().contains("a.yaml -> b.yaml -> c.yaml -> a.yaml"), e.getMessage());
        // the file the user named comes first; the file where the cycle closes is quoted after it
        assertEquals(dir.resolve("a.yaml").toString(), e.file());
        assertTrue(e.getMessage().indexOf(dir.resolve("c.yaml").toString()) > e.getMessage().indexOf(dir.resolve("b.yaml").toString()),
                e.getMessage());
    }

    @Test
    void selfExtendIsACycle() throws Exception {
        Path f = write("self.yaml", "extends: ./self.yaml");
        assertTrue(fails(f).problem().startsWith("cyclic extends"));
    }

    @Test
    void missingExtendsTargetPointsAtTheExtendsLine() throws Exception {
        Path f = write("m.yaml", "simulation:", "  days: 3", "extends: nowhere.yaml");
        ScenarioException e = fails(f);
        assertEquals(3, e.line());
        assertEquals(10, e.column());
        assertTrue(e.problem().contains("not found"), e.getMessage());
    }

    @Test
    void missingFileIsAOneLineError() {
        ScenarioException e = fails(dir.resolve("absent.yaml"));
        assertEquals(dir.resolve("absent.yaml") + ":1:1: file: file not found", e.getMessage());
    }

    @Test
    void setOverridesScalarEnumAndList() throws Exception {
        Path f = write("s.yaml", "simulation:", "  days: 10");
        Scenario s = ScenarioLoader.load(f, List.of("simulation.days=20.5", "product.costim=CD28",
                "product.targets=[CD19,CD22]", "product.logic=AND", "simulation.seed=1e3",
                "treatment.chemotherapy=[{day: 4, tumor_kill_fraction: 0.2}]"), schema);
        assertEquals(20.5, s.d("simulation.days"));
        assertEquals("CD28", s.s("product.costim"));
        assertEquals(List.of("CD19", "CD22"), s.list("product.targets"));
        assertEquals(1000, s.i("simulation.seed"));
        assertEquals(0.2, s.records("treatment.chemotherapy").get(0).get("tumor_kill_fraction"));
        assertEquals(new Location("--set", 1, 1), s.origins().get("simulation.days"));
    }

    @Test
    void badSetIsLocatedAtItsIndex() throws Exception {
        Path f = write("s.yaml", "simulation: {days: 10}");
        ScenarioException e = fails(f, "simulation.days=5", "product.costim=CD27");
        assertEquals("--set:2:1: product.costim: \"CD27\" is not allowed; did you mean CD28? (allowed: CD28, 4-1BB)",
                e.getMessage());
    }

    @Test
    void unknownSetPathSuggestsClosest() throws Exception {
        Path f = write("s.yaml", "simulation: {days: 10}");
        ScenarioException e = fails(f, "product.dose_per_kg=5");
        assertEquals("--set", e.file());
        assertEquals("product.dose_per_kg", e.key());
        assertTrue(e.getMessage().contains("did you mean product.dose_cells_per_kg?"), e.getMessage());
    }

    @Test
    void setWithoutEqualsOrValueIsRejected() throws Exception {
        Path f = write("s.yaml", "simulation: {days: 10}");
        assertTrue(fails(f, "simulation.days").problem().contains("path=value"));
        assertTrue(fails(f, "simulation.days=").problem().contains("no value"));
        assertTrue(fails(f, "product=3").problem().contains("section"));
    }

    @Test
    void ruleViolationPointsAtWhereThePathWasSet() throws Exception {
        Path f = write("r.yaml", "product:", "  targets: [CD19, CD22]");
        ScenarioException atDefault = fails(f);
        assertEquals(f + ":1:1: product.logic: does not fit 2 targets (allowed: single for one, OR/AND for two)",
                atDefault.getMessage());
        Path g = write("r2.yaml", "product:", "  targets: [CD19]", "  logic: AND");
        assertEquals(3, fails(g).line());
        assertEquals("--set", fails(f, "product.logic=single").file());
    }

    @Test
    void unknownKeySuggestsAndListsAllowed() throws Exception {
        Path f = write("u.yaml", "product:", "  costimm: CD28");
        ScenarioException e = fails(f);
        assertEquals("product.costimm", e.key());
        assertTrue(e.problem().contains("did you mean costim?"), e.getMessage());
        assertEquals("name, targets, logic, costim, dose_cells_per_kg, allogeneic", e.allowed());
    }

    @Test
    void numbersAreStrict() throws Exception {
        for (String bad : List.of("0x10", "1_000", ".inf", "'5'", "ten", "true")) {
            Path f = write("n.yaml", "patient:", "  weight_kg: " + bad);
            assertEquals("patient.weight_kg", fails(f).key(), bad);
        }
        Path ok = write("ok.yaml", "patient:", "  weight_kg: 7.05e1");
        assertEquals(70.5, ScenarioLoader.load(ok, List.of(), schema).d("patient.weight_kg"));
    }

    @Test
    void booleansMustBeTrueOrFalse() throws Exception {
        for (String bad : List.of("yes", "on", "True", "1", "\"true\"")) {
            Path f = write("b.yaml", "product:", "  allogeneic: " + bad);
            assertEquals("product.allogeneic", fails(f).key(), bad);
        }
    }

    @Test
    void defaultsHaveEveryParameter() {
        Scenario s = ScenarioLoader.defaults(schema);
        assertEquals("defaults", s.name());
        assertNull(s.source());
        assertEquals(schema.params().size(), s.values().size());
        assertEquals(3.1e6, s.d("product.dose_cells_per_kg"));
        assertTrue(s.origins().isEmpty());
    }

    @Test
    void withReturnsAValidatedCopy() throws Exception {
        Scenario base = ScenarioLoader.defaults(schema);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("product.dose_cells_per_kg", 1e7);
        o.put("simulation.seed", 9);
        o.put("product.targets", List.of("CD19", "CD22"));
        o.put("product.logic", "OR");
        o.put("patient.weight_kg", "55");
        Scenario s = base.with(o);
        assertEquals(1e7, s.d("product.dose_cells_per_kg"));
        assertEquals(9, s.get("simulation.seed"));
        assertEquals(55.0, s.get("patient.weight_kg"));
        assertEquals(3.1e6, base.d("product.dose_cells_per_kg"), "original untouched");

        ScenarioException range = assertThrows(ScenarioException.class,
                () -> base.with(Map.of("simulation.days", 1e9)));
        assertEquals("with:1:1: simulation.days: 1.0E9 is out of range (allowed: [0.1, 3650] d)", range.getMessage());
        assertThrows(ScenarioException.class, () -> base.with(Map.of("simulation.seed", 2.5)));
        assertThrows(ScenarioException.class, () -> base.with(Map.of("simulation.days", Double.NaN)));
        ScenarioException rule = assertThrows(ScenarioException.class, () -> base.with(Map.of("product.logic", "AND")));
        assertEquals("with", rule.file());
        assertFalse(rule.getMessage().contains("\n"));
    }
}
