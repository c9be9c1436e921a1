package cartsim.model;

import cartsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeterminismTest {
    static Parameters small() {
        return TestScenarios.params("simulation.lattice_width", 60, "simulation.lattice_height", 60, "simulation.days", 12.0);
    }

    static List<double[]> run(long seed) {
        CarTModel m = new CarTModel(small(), seed);
        m.runToEnd();
        return m.series.rows();
    }

    @Test
    void sameSeedSameTimeSeries() {
        List<double[]> a = run(42), b = run(42);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i), "row " + i);
    }

    @Test
    void differentSeedsDiffer() {
        List<double[]> a = run(1), b = run(2);
        boolean differ = false;
        for (int i = 0; i < Math.min(a.size(), b.size()) && !differ; i++)
            differ = !java.util.Arrays.equals(a.get(i), b.get(i));
        assertFalse(!differ, "seeds 1 and 2 gave identical series");
    }
}
