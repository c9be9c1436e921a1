package cartsim.gui;

import cartsim.experiment.RunOutput;
import cartsim.experiment.RunWriter;
import cartsim.experiment.Simulation;
import cartsim.model.CarTModel;
import cartsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The narration tells every event of the run's events.csv, in order, as the GUI steps. */
class NarrationTest {
    @Test
    void narrationListsEveryEventOfEventsCsvInOrder(@TempDir Path dir) throws Exception {
        Scenario s = ScenarioFiles.load(Path.of("scenarios/classroom.yaml"), List.of("treatment.tocilizumab.min_crs_grade=1"));
        long seed = s.i("simulation.seed");
        RunOutput out = Simulation.run(s, seed, null, null);
        RunWriter.writeResults(dir, out, s);
        List<String[]> csv = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("events.csv"), StandardCharsets.UTF_8);
        assertEquals("day,event,detail", lines.get(0));
        for (String line : lines.subList(1, lines.size())) csv.add(line.split(",", 3));
        assertTrue(csv.size() >= 4, "a run with infusion, CRS, tocilizumab and relapse: " + csv.size());

        // the GUI's path: the narrator is asked after every step, as the display refresh does
        CarTModel m = new CarTModel(cartsim.scenario.ParamRegistry.bind(s), seed);
        m.start();
        Narrator narrator = new Narrator();
        List<Narration> told = new ArrayList<>(narrator.update(m));
        while (!m.finished()) {
            m.schedule.step(m);
            told.addAll(narrator.update(m));
        }
        assertEquals(told, narrator.all());
        assertEquals(csv.size(), told.size(), "one narration per event");
        for (int i = 0; i < csv.size(); i++) {
            assertEquals(csv.get(i)[1], told.get(i).event(), "event " + i);
            assertEquals(Double.parseDouble(csv.get(i)[0]), told.get(i).day(), 1e-5 * Math.max(1, Math.abs(told.get(i).day())), "day of event " + i);
            assertTrue(told.get(i).text().startsWith(Narrator.dayLabel(told.get(i).day()) + " · "), told.get(i).text());
        }
        List<String> names = told.stream().map(Narration::event).toList();
        assertTrue(names.containsAll(List.of("infusion", "crs_onset", "tocilizumab")), names.toString());
    }

    @Test
    void sentencesSayWhatHappenedInPlainWords() {
        Scenario s = cartsim.model.TestScenarios.with("simulation.lattice_width", 40, "simulation.lattice_height", 40,
                "simulation.days", 8.0, "treatment.tocilizumab.min_crs_grade", 1);
        CarTModel m = new CarTModel(cartsim.scenario.ParamRegistry.bind(s), 4);
        m.start();
        Narrator n = new Narrator();
        while (!m.finished()) {
            m.schedule.step(m);
            n.update(m);
        }
        Narration infusion = n.all().stream().filter(x -> x.event().equals("infusion")).findFirst().orElseThrow();
        assertTrue(infusion.text().matches("Day 0 · \\d+ CAR-T cells infused"), infusion.text());
        n.all().stream().filter(x -> x.event().equals("crs_onset")).findFirst().ifPresent(crs ->
                assertTrue(crs.text().matches("Day \\d+ · CRS grade \\d: IL-6 (rising|falling) \\([\\d,]+ pg/mL\\), fever \\d+\\.\\d °C"), crs.text()));
        assertEquals("Day -5", Narrator.dayLabel(-4.2));
        assertEquals("Day 40", Narrator.dayLabel(40.0));
    }

    @Test
    void aRestartedRunIsNarratedFromTheStart() {
        Scenario s = cartsim.model.TestScenarios.with("simulation.lattice_width", 20, "simulation.lattice_height", 20, "simulation.days", 1.0);
        CarTModel m = new CarTModel(cartsim.scenario.ParamRegistry.bind(s), 1);
        Narrator n = new Narrator();
        m.start();
        while (!m.finished()) { m.schedule.step(m); n.update(m); }
        int first = n.all().size();
        assertTrue(first > 0);
        m.start();
        while (!m.finished()) { m.schedule.step(m); n.update(m); }
        assertEquals(first, n.all().size(), "the second run replaces the first one's narration");
    }
}
