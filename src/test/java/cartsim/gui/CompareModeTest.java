package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cartsim gui A.yaml --compare B.yaml}: both runs stepped on the GUI's one clock reach the
 * same states as two separate headless runs with the same seed.
 */
class CompareModeTest {
    static final double DAY = 20;

    @Test
    void bothViewsAtDay20MatchSeparateHeadlessRuns() throws Exception {
        Scenario a = ScenarioFiles.load(Path.of("scenarios/antigen-escape.yaml"), List.of());
        Scenario b = ScenarioFiles.load(Path.of("scenarios/dual-target-cd19-cd22.yaml"), List.of());
        long seed = a.i("simulation.seed");
        CarTModelWithUI gui = new CarTModelWithUI(List.of(a, b), seed);
        assertTrue(gui.comparing());
        gui.start(); // what Play does: seed, start both runs, schedule the display refresh
        while (gui.runs().get(0).day() < DAY || gui.runs().get(1).day() < DAY) gui.step();
        CarTModel shownA = gui.runs().get(0), shownB = gui.runs().get(1);
        assertEquals(shownA.stepNumber(), shownB.stepNumber(), "one clock: both runs took the same number of steps");

        CarTModel aloneA = headless(a, seed, DAY), aloneB = headless(b, seed, DAY);
        assertSameState(aloneA, shownA);
        assertSameState(aloneB, shownB);
        // the comparison shows something: the dual-target CAR leaves a different tumor
        assertNotEquals(java.util.Arrays.toString(shownA.series.rows().get(shownA.series.rows().size() - 1)),
                java.util.Arrays.toString(shownB.series.rows().get(shownB.series.rows().size() - 1)));
    }

    @Test
    void thePairSeedsBothRunsAsTheConsoleDoesBeforePlay() {
        Scenario s = cartsim.model.TestScenarios.with("simulation.lattice_width", 20, "simulation.lattice_height", 20);
        ModelPair pair = new ModelPair(new CarTModel(cartsim.scenario.ParamRegistry.bind(s), 1), new CarTModel(cartsim.scenario.ParamRegistry.bind(s), 1), 1);
        pair.setSeed(7);
        pair.start();
        CarTModel alone = new CarTModel(cartsim.scenario.ParamRegistry.bind(s), 7);
        alone.start();
        assertArrayEquals(alone.tumor.state, pair.a.tumor.state);
        assertArrayEquals(alone.tumor.state, pair.b.tumor.state);
    }

    @Test
    void theSecondRunTakesTheFirstRunsSeedEvenIfItsFileNamesAnother() {
        Scenario a = cartsim.model.TestScenarios.with("simulation.lattice_width", 20, "simulation.lattice_height", 20, "simulation.seed", 3);
        Scenario b = cartsim.model.TestScenarios.with("simulation.lattice_width", 20, "simulation.lattice_height", 20, "simulation.seed", 9,
                "product.costim", "CD28");
        CarTModelWithUI gui = new CarTModelWithUI(List.of(a, b), 3);
        assertEquals(3, gui.scenarios().get(1).i("simulation.seed"), "B's parameters name the seed it runs with");
        gui.start();
        CarTModel alone = new CarTModel(cartsim.scenario.ParamRegistry.bind(b), 3);
        alone.start();
        assertArrayEquals(alone.tumor.state, gui.runs().get(1).tumor.state, "B starts from the same patient as A");
        assertArrayEquals(gui.runs().get(0).tumor.state, gui.runs().get(1).tumor.state);
    }

    static CarTModel headless(Scenario s, long seed, double day) {
        CarTModel m = new CarTModel(cartsim.scenario.ParamRegistry.bind(s), seed);
        m.start();
        while (m.day() < day) m.schedule.step(m);
        return m;
    }

    static void assertSameState(CarTModel want, CarTModel got) {
        assertEquals(want.stepNumber(), got.stepNumber());
        assertEquals(want.eventList(), got.eventList());
        assertEquals(want.series.rows().size(), got.series.rows().size());
        for (int i = 0; i < want.series.rows().size(); i++)
            assertArrayEquals(want.series.rows().get(i), got.series.rows().get(i), "timeseries row " + i);
        assertArrayEquals(want.tumor.state, got.tumor.state, "tumor lattice");
        for (int ag = 0; ag < want.tumor.agCur.length; ag++)
            assertArrayEquals(want.tumor.agCur[ag], got.tumor.agCur[ag], "antigen " + ag);
        assertArrayEquals(want.cart.at, got.cart.at, "CAR-T positions");
        assertArrayEquals(want.cartCounts(), got.cartCounts());
        // the GUI keeps the IL-6 map for its heat layer, a headless run only the total that drains
        // to serum: showing the map must not change anything the run reports
        assertEquals(want.il6.total(), got.il6.total(), "tissue IL-6");
        assertArrayEquals(want.ifng.values(), got.ifng.values(), "IFN-γ field");
        assertEquals(want.clinical.il6(), got.clinical.il6());
        assertEquals(want.random.nextLong(), got.random.nextLong(), "random generator in the same state");
    }
}
