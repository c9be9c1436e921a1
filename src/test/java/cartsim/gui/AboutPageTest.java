package cartsim.gui;

import cartsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The About tab describes the preset from its file; every bundled preset has a description. */
class AboutPageTest {
    @Test
    void everyBundledScenarioHasATeacherFacingDescription() throws Exception {
        List<Path> files = ScenarioFiles.presets(ScenarioFiles.DIR);
        assertTrue(files.size() >= 17, files.toString());
        for (Path f : files) {
            Scenario s = ScenarioFiles.load(f, List.of());
            assertNotNull(s.description(), f + " has no description");
            assertTrue(s.description().length() >= 150, f + ": description too short to teach from");
            assertTrue(s.description().contains("Try:"), f + ": description says what to try");
        }
    }

    @Test
    void aboutTabShowsThePresetsDescription() throws Exception {
        Scenario s = ScenarioFiles.load(Path.of("scenarios/antigen-escape.yaml"), List.of());
        String html = AboutPage.html(List.of(s), 1);
        assertTrue(html.contains("<h2>antigen-escape</h2>"), html);
        String[] paras = s.description().split("\\n+");
        assertEquals(2, paras.length, "the folded YAML keeps the blank line between paragraphs as one newline");
        for (String para : paras)
            assertTrue(html.contains("<p>" + AboutPage.esc(para.strip()) + "</p>"), para);
    }

    @Test
    void bundledPairsDescribeBothRunsAndShareThePatient() throws Exception {
        assertEquals(3, ScenarioPairs.available(ScenarioFiles.DIR).size(), "all bundled pairs present");
        for (ScenarioPairs.Pair p : ScenarioPairs.available(ScenarioFiles.DIR)) {
            Scenario a = ScenarioFiles.load(ScenarioFiles.DIR.resolve(p.a()), List.of());
            Scenario b = ScenarioFiles.load(ScenarioFiles.DIR.resolve(p.b()), List.of());
            assertEquals(List.of(), AboutPage.patientDifferences(a, b), p.label() + ": same patient and disease");
            String html = AboutPage.html(List.of(a, b), 1);
            assertTrue(html.contains(a.name()) && html.contains(b.name()), html);
            assertFalse(html.contains("differ in the patient"), html);
        }
    }

    @Test
    void aPairWithDifferentPatientsSaysSo() throws Exception {
        Scenario a = ScenarioFiles.load(Path.of("scenarios/default.yaml"), List.of());
        Scenario b = ScenarioFiles.load(Path.of("scenarios/axi-cel-lbcl.yaml"), List.of());
        List<String> diff = AboutPage.patientDifferences(a, b);
        assertTrue(diff.contains("patient.weight_kg"), diff.toString());
        assertTrue(AboutPage.html(List.of(a, b), 1).contains("differ in the patient"));
    }
}
