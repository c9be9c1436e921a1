package cartsim.model;

import cartsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** start() resets everything: Stop then Play (or a second headless run) equals a fresh model's run. */
class RestartTest {
    private static final Parameters SMALL = TestScenarios.params("simulation.lattice_width", 50, "simulation.lattice_height", 50,
            "simulation.days", 10.0);

    @Test
    void aRestartedModelRepeatsAFreshModelsRun() {
        CarTModel reused = new CarTModel(SMALL, 21);
        reused.runToEnd();
        List<double[]> first = copy(reused.series.rows());
        // a half-finished second run, then a third from the start: nothing may leak between runs
        reused.start();
        for (int i = 0; i < 500; i++) reused.schedule.step(reused);
        reused.runToEnd();

        CarTModel fresh = new CarTModel(SMALL, 21);
        fresh.runToEnd();
        assertRowsEqual(first, fresh.series.rows());
        assertRowsEqual(fresh.series.rows(), reused.series.rows());
        assertEquals(fresh.eventList(), reused.eventList());
        assertEquals(fresh.endpoints.toMap(), reused.endpoints.toMap());
        assertEquals(fresh.baselineTumor, reused.baselineTumor);
        assertEquals(fresh.agentSteps, reused.agentSteps);
    }

    private static List<double[]> copy(List<double[]> rows) {
        return rows.stream().map(double[]::clone).toList();
    }

    private static void assertRowsEqual(List<double[]> a, List<double[]> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i), "row " + i);
    }
}
