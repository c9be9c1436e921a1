package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Antigen-density-graded signalling on a hand-built tile: every tumor cell carries the same CD19
 * density a, so every engagement has the signal s = H(a). At a = K (s = 0.5) against a = 20K
 * (s ≈ 1), IFN-γ per stimulated cell-step, the division probability per stimulated step and
 * kills per contact scale as s^e with their exponents; with the exponents 0 (the old model, the
 * mechanism off) the low- and high-density arms agree, which each test also checks.
 */
class GradedSignallingTest {
    static final double K = 4000; // 4-1BB threshold (default product)

    /** a 40 × 40 tile full of tumor at density a, CD8 CAR-T cells on every second site of every second row */
    static CarTModel tile(double a, double exponent, Object... extra) {
        Object[] base = {"simulation.lattice_width", 40, "simulation.lattice_height", 40, "simulation.days", 5.0,
                "treatment.lymphodepletion.enabled", false, "treatment.steroids.enabled", false,
                "disease.doubling_time_h", 1e5, "disease.apoptosis_rate_per_day", 0.0,
                "cart.exhaustion_per_engagement", 0.0, "cart.pd1_exhaustion_per_engagement", 0.0,
                "cart.tissue_egress_per_day", 0.0, "cart.conjugation_rate_per_min", 10.0, "b_cells.stimulations_per_kill", 0.0,
                "product.trogocytosis_fraction", 0.0, "cart.motility_um2_per_min", 0.0,
                "cart.kill_signal_exponent", exponent, "cart.cytokine_signal_exponent", 2 * exponent,
                "cart.proliferation_signal_exponent", exponent};
        CarTModel m = new CarTModel(TestScenarios.params(TestScenarios.join(base, extra)), 8);
        m.start();
        m.schedule.step(m); // the infusion step; then the tile is built by hand
        HandBuiltState.clear(m);
        for (int y = 0; y < m.height; y++)
            for (int x = 0; x < m.width; x++) {
                HandBuiltState.tumor(m, x, y, (float) a, 0f, 0f);
                if (x % 2 == 0 && y % 2 == 0) HandBuiltState.cart(m, x, y, CarT.EFFECTOR);
            }
        return m;
    }

    static double s(double a) {
        return a * a / (K * K + a * a); // Hill coefficient 2
    }

    /** steps until every hand-placed CAR-T cell (daughters come after them in the arrays) is in a synapse */
    static void engageAll(CarTModel m) {
        int placed = m.cart.count;
        for (int k = 0; k < 100; k++) {
            boolean all = true;
            for (int i = 0; i < placed; i++) all &= m.cart.target[i] >= 0;
            if (all) return;
            m.schedule.step(m);
        }
        throw new AssertionError("not all cells engaged");
    }

    /** IFN-γ released per cell-step while every cell sits in a long synapse */
    static double ifngPerCellStep(double a, double exponent) {
        CarTModel m = tile(a, exponent, "cart.max_divisions", 0, "cart.contact_time_min", 1440.0, "cart.kill_probability_per_contact", 0.0);
        engageAll(m);
        double before = m.cart.ifngReleased;
        for (int k = 0; k < 20; k++) m.schedule.step(m);
        return (m.cart.ifngReleased - before) / (20.0 * m.cart.count);
    }

    @Test
    void cytokineOutputScalesAsTheSignalToItsExponent() {
        double low = ifngPerCellStep(K, 1), high = ifngPerCellStep(20 * K, 1);
        System.out.println("GradedSignallingTest IFN-γ low/high " + low / high + ", expected " + Math.pow(s(K) / s(20 * K), 2));
        assertEquals(Math.pow(s(K) / s(20 * K), 2), low / high, 1e-4, "IFN-γ ∝ s²");
        assertEquals(1.0, ifngPerCellStep(K, 0) / ifngPerCellStep(20 * K, 0), 1e-6, "exponent 0: density does not grade cytokines");
    }

    /** −ln(1 − divisions/exposure): the per-step division hazard of stimulated tissue cells */
    static double divisionHazard(double a, double exponent) {
        CarTModel m = tile(a, exponent, "cart.max_divisions", 40, "cart.contact_time_min", 1440.0,
                "cart.kill_probability_per_contact", 0.0, "cart.division_time_h", 2.0);
        engageAll(m);
        long exposure = 0, d0 = m.cart.divisionsTotal;
        int window = (int) Math.round(m.params().cart().stimulation_window_h() / m.dtH);
        for (int k = 0; k < 30; k++) {
            int now = m.stepNumber() + 1;
            for (int i = 0; i < m.cart.count; i++)
                if (m.cart.pos[i] >= 0 && m.cart.pheno[i] == CarT.EFFECTOR && now - m.cart.lastStim[i] < window) exposure++;
            m.schedule.step(m);
        }
        double p = (m.cart.divisionsTotal - d0) / (double) exposure;
        return -Math.log(1 - p);
    }

    @Test
    void proliferationScalesAsTheSignalToItsExponent() {
        double low = divisionHazard(K, 1), high = divisionHazard(20 * K, 1);
        double expected = s(K) / s(20 * K);
        System.out.println("GradedSignallingTest division hazard low/high " + low / high + ", expected " + expected);
        // ~600 divisions in the high arm: the ratio's SE is ≈ ratio · √(1/300 + 1/600) ≈ 0.035
        assertEquals(expected, low / high, 0.11, "division hazard ∝ s");
        assertEquals(1.0, divisionHazard(K, 0) / divisionHazard(20 * K, 0), 0.15, "exponent 0: density does not grade proliferation");
    }

    /** kills per contact with one-step contacts and ample granules */
    static double killsPerContact(double a, double exponent) {
        CarTModel m = tile(a, exponent, "cart.max_divisions", 0, "cart.contact_time_min", 6.0,
                "cart.kill_probability_per_contact", 0.1, "cart.granule_capacity", 100.0, "cart.granule_refill_hours", 0.05,
                "simulation.lattice_width", 60, "simulation.lattice_height", 60);
        // hand-placed cells are whole cells: with the infusion's sample weight (≪ 1 for this small
        // test dose) a hit removes its target only with that chance, and the few kills left are noise
        m.cart.weight = 1;
        for (int k = 0; k < 200; k++) m.schedule.step(m);
        assertTrue(m.cart.contacts > 5000, "contacts " + m.cart.contacts);
        return m.cart.kills / (double) m.cart.contacts;
    }

    @Test
    void killProbabilityScalesAsTheSignalToItsExponent() {
        double low = killsPerContact(K, 1), high = killsPerContact(20 * K, 1);
        double expected = s(K) / s(20 * K); // exponent 1 here: kill ∝ s
        System.out.println("GradedSignallingTest kills/contact low/high " + low / high + ", expected " + expected);
        assertEquals(expected, low / high, 0.12, "kills per contact ∝ s");
        assertEquals(1.0, killsPerContact(K, 0) / killsPerContact(20 * K, 0), 0.15, "exponent 0: density does not grade killing");
    }
}
