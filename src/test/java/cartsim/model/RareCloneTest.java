package cartsim.model;

import cartsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rare antigen-negative subclones follow the patient's cell numbers, not the tile's. At 5 × 10¹⁰
 * tumor cells a pre-existing CD19-negative fraction of 10⁻⁵ is 5 × 10⁵ cells and 10⁻⁶ is 5 × 10⁴
 * — both far below one tile cell. Both clones grow through the same history, so the smaller one
 * reaches the relapse line later by ln(10) / (its net growth rate), whatever the tile size.
 */
class RareCloneTest {

    static Parameters patient(int tile, double negativeFraction, boolean ledger) {
        return TestScenarios.params("simulation.lattice_width", tile, "simulation.lattice_height", tile,
                "simulation.days", 230.0, "simulation.clone_ledger", ledger,
                "patient.tumor_burden_cells", 5e10,
                "disease.antigens.CD19.preexisting_negative_fraction", negativeFraction,
                "disease.antigens.CD19.loss_per_division", 0.0, "disease.antigens.CD22.loss_per_division", 0.0,
                "disease.antigens.BCMA.loss_per_division", 0.0);
    }

    static Double relapseDay(Parameters p, long seed) {
        CarTModel m = new CarTModel(p, seed);
        m.runToEnd();
        if (m.endpoints.relapseDay != null)
            assertTrue(m.endpoints.relapseAntigenNegative, "the relapse is the CD19-negative clone's");
        return m.endpoints.relapseDay;
    }

    @Test
    void aTenfoldSmallerCloneRelapsesLnTenOverItsGrowthRateLater() {
        Parameters ref = patient(40, 1e-5, true);
        double netPerDay = Math.log(2) / ref.disease().doubling_time_h() * 24 - ref.disease().apoptosis_rate_per_day();
        double expected = Math.log(10) / netPerDay; // ≈ 35 d
        for (int tile : new int[]{40, 80}) {
            Double big = relapseDay(patient(tile, 1e-5, true), 7), small = relapseDay(patient(tile, 1e-6, true), 7);
            assertNotNull(big, tile + "²: the 10⁻⁵ clone relapses");
            assertNotNull(small, tile + "²: the 10⁻⁶ clone relapses");
            assertEquals(expected, small - big, 0.15 * expected, tile + "² tile: relapse days " + big + " and " + small);
        }
    }

    @Test
    void onTheTileAloneTheSameClonesAreACoinToss() {
        // switched off, 5 × 10⁴ patient cells are 0.0001 tile cells at 50²: the tile seeds none, so no relapse
        assertEquals(null, relapseDay(patient(50, 1e-6, false), 7));
    }
}
