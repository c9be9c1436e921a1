package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soluble BCMA is a decoy for BCMA CARs: at sBCMA = S½ a BCMA CAR engages half as often, a CD19
 * CAR not at all less. With the decoy switched off (S½ at its maximum) the BCMA ratio goes back
 * to 1, so the first assertion fails without the mechanism.
 */
class SolubleBcmaTest {

    /**
     * Engagements in a killing assay on tumor carrying both BCMA and CD19. Conjugation is slow, so
     * searching, not the contact, sets the pace and engagements scale with the recognition signal.
     * sBCMA is set through the normal plasma-cell mass: 5 ng/mL per 10⁹ cells.
     */
    static long engagements(String target, double plasmaCells, double halfInhibition) {
        CarTModel m = new CarTModel(TestScenarios.params(KillingTest.assay(
                "product.targets", List.of(target), "cart.kill_probability_per_contact", 0.0,
                "cart.conjugation_rate_per_min", 0.002, "patient.tumor_burden_cells", 1e6,
                "product.dose_cells_per_kg", 8000.0, // ~1000 agents at this tiny patient scale
                "disease.antigens.BCMA.mean_molecules_per_cell", 20000.0, "disease.antigens.BCMA.cv", 0.0,
                "disease.antigens.CD19.cv", 0.0,
                "plasma_cells.normal_cells", plasmaCells, "plasma_cells.sbcma_half_inhibition_ng_per_ml", halfInhibition,
                "simulation.days", 1.5)), 12);
        m.runToEnd();
        return m.cart.engagements;
    }

    static void assertRatio(double expected, long a, long b, String what) {
        double ratio = a / (double) b;
        // engagement counts are Poisson-like: SE of a ratio ≈ ratio·√(1/a + 1/b); 3 SE
        double se = ratio * Math.sqrt(1.0 / a + 1.0 / b);
        assertEquals(expected, ratio, 3 * se + 0.03, what + ": " + a + " / " + b);
    }

    @Test
    void solubleBcmaHalvesBcmaCarEngagementAtItsHalfInhibitionLevel() {
        // 2e11 plasma cells ⇒ sBCMA ≈ 1000 ng/mL = S½; 1e6 cells ⇒ ≈ 0
        long low = engagements("BCMA", 1e6, 1000), high = engagements("BCMA", 2e11, 1000);
        assertTrue(low > 1500, "engagements " + low);
        System.out.println("SolubleBcmaTest BCMA engagements: sBCMA≈0 " + low + ", sBCMA≈S½ " + high);
        assertRatio(0.5, high, low, "BCMA CAR, sBCMA 1000 vs 0 ng/mL");
        // the decoy switched off: the same sBCMA changes nothing
        assertRatio(1.0, engagements("BCMA", 2e11, 1e12), engagements("BCMA", 1e6, 1e12), "decoy off");
    }

    @Test
    void solubleBcmaDoesNotAffectACd19Car() {
        assertRatio(1.0, engagements("CD19", 2e11, 1000), engagements("CD19", 1e6, 1000), "CD19 CAR");
    }
}
