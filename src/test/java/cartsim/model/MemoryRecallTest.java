package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall: an effector that has used its whole division budget contracts into memory and, with
 * {@code cart.memory_recall_divisions} > 0, divides again when it meets antigen. With 0 (the
 * mechanism off) the same hand-built cells never divide — checked by the second assertion.
 */
class MemoryRecallTest {

    static CarTModel exhaustedLineageBecomesMemoryThenMeetsTumor(int recall) {
        CarTModel m = new CarTModel(TestScenarios.params(
                "simulation.lattice_width", 40, "simulation.lattice_height", 40, "simulation.days", 4.0,
                "treatment.lymphodepletion.enabled", false, "treatment.steroids.enabled", false,
                "disease.doubling_time_h", 1e5, "disease.apoptosis_rate_per_day", 0.0,
                "cart.max_divisions", 12, "cart.memory_recall_divisions", recall,
                "cart.effector_to_memory_per_day", 20.0, "cart.effector_half_life_days", 1000.0,
                "cart.memory_half_life_days", 10000.0, "cart.tissue_egress_per_day", 0.0,
                "cart.exhaustion_per_engagement", 0.0, "cart.pd1_exhaustion_per_engagement", 0.0,
                "cart.division_time_h", 6.0, "b_cells.stimulations_per_kill", 0.0), 4); // only the tumor stimulates
        m.start();
        m.schedule.step(m); // the infusion step; then the lattice is built by hand
        HandBuiltState.clear(m);
        for (int k = 0; k < 20; k++) {
            HandBuiltState.cart(m, 2 * k, 20, CarT.EFFECTOR);
            m.cart.divisions[m.cart.count - 1] = 12; // at the cap: this lineage has divided 12 times
        }
        // one day without antigen: every effector contracts into memory (20/d)
        while (m.day() < 1) m.schedule.step(m);
        for (int i = 0; i < m.cart.count; i++) assertEquals(CarT.MEMORY, m.cart.pheno[i], "converted to memory");
        // then the tumor comes back all around them
        for (int y = 0; y < m.height; y++)
            for (int x = 0; x < m.width; x++) if ((x + y) % 3 != 0) HandBuiltState.tumor(m, x, y, 20000f, 0f, 0f);
        while (!m.finished()) m.schedule.step(m);
        assertTrue(m.cart.engagements > 20, "memory cells met antigen: " + m.cart.engagements);
        return m;
    }

    @Test
    void memoryCellsReExpandOnAntigenWhenRecallRestoresTheirBudget() {
        CarTModel on = exhaustedLineageBecomesMemoryThenMeetsTumor(12);
        assertTrue(on.cart.divisionsTotal > 20, "recall divisions: " + on.cart.divisionsTotal);
        CarTModel off = exhaustedLineageBecomesMemoryThenMeetsTumor(0);
        assertEquals(0, off.cart.divisionsTotal, "without recall a capped lineage cannot divide");
    }
}
