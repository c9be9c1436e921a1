package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Normal cells as CAR-T targets at patient scale: CD19 CARs cause B-cell aplasia while they
 * persist, B cells recover after the CAR-T cells are gone, BCMA CARs leave B cells alone.
 * Each test also runs the mechanism switched off and checks that its assertion would fail.
 */
class NormalCellsTest {

    /** the default B-ALL patient on a small tile (the B-cell compartment is patient-scale, not tile-scale) */
    static Object[] patient(Object... extra) {
        Object[] base = {"simulation.lattice_width", 60, "simulation.lattice_height", 60, "simulation.days", 30.0};
        return TestScenarios.join(base, extra);
    }

    static CarTModel run(Object... kv) {
        CarTModel m = new CarTModel(TestScenarios.params(patient(kv)), 3);
        m.runToEnd();
        return m;
    }

    static Object endpoint(CarTModel m, Endpoint e) {
        return m.endpoints.toMap().get(e.key());
    }

    @Test
    void cd19CarResponderHasBCellAplasiaWhileCarTPersist() {
        CarTModel m = run();
        assertEquals("CR", m.endpoints.bestResponse());
        assertTrue(m.functionalCartPatientCells() > 1e8, "CAR-T persist: " + m.functionalCartPatientCells());
        assertEquals(Boolean.TRUE, endpoint(m, Endpoint.B_CELL_APLASIA));
        assertTrue(m.bCellsPerUl() < 5, "B cells/µL " + m.bCellsPerUl());
        // mechanism off: CAR-T do not kill B cells ⇒ no aplasia (Flu/Cy alone leaves ~30/µL and recovers)
        CarTModel off = run("b_cells.cart_kill_max_per_day", 0.0);
        assertEquals(Boolean.FALSE, endpoint(off, Endpoint.B_CELL_APLASIA));
        assertTrue(off.bCellsPerUl() > 100, "no CAR-T kill: B cells/µL " + off.bCellsPerUl());
    }

    @Test
    void bCellsRecoverAfterCarTLossAsTheClosedFormSays() {
        // every CAR-T cell is killed at day 30; from then B(t) = B0 − (B0 − B30)·e^(−(t−30)/τ_B)
        List<Map<String, Object>> wipe = List.of(Map.of("day", 30.0, "tumor_kill_fraction", 0.0, "cart_kill_fraction", 1.0));
        Object[] kv = {"simulation.days", 70.0, "treatment.chemotherapy", wipe};
        CarTModel m = run(kv);
        double[] day = m.series.get("day"), b = m.series.get("b_cells_per_ul");
        int i30 = 0;
        while (day[i30] < 30) i30++;
        double b0 = m.params().b_cells().blood_per_ul(), tau = m.params().b_cells().lifespan_days();
        double expected = day[i30] + tau * Math.log((b0 - b[i30]) / (b0 - m.params().b_cells().recovery_above_per_ul()));
        Object rec = endpoint(m, Endpoint.B_CELL_RECOVERY_DAY);
        assertNotNull(rec, "B cells recover after CAR-T loss");
        assertEquals(expected, (Double) rec, 0.05 * (expected - 30), "recovery day vs closed form " + expected);
        double aplasia = (Double) endpoint(m, Endpoint.B_CELL_APLASIA_DURATION_DAYS);
        assertTrue(aplasia > 30 && aplasia < (Double) rec, "aplasia lasted " + aplasia + " d");
        // mechanism off (no CAR-T killing of B cells): never aplastic, so no recovery to report
        CarTModel off = run(TestScenarios.join(kv, "b_cells.cart_kill_max_per_day", 0.0));
        assertNull(endpoint(off, Endpoint.B_CELL_RECOVERY_DAY));
    }

    @Test
    void bcmaCarLeavesBCellsLikeTheNoCarControl() {
        // no CAR: a dose of ~0 tile cells, simulated as no agent at all (not as a weighted sample)
        double control = run("product.dose_cells_per_kg", 1.0, "simulation.min_cart_agents", 0).bCellsPerUl();
        CarTModel bcma = run("product.targets", List.of("BCMA"), "disease.antigens.BCMA.mean_molecules_per_cell", 20000.0);
        assertTrue(bcma.functionalCartPatientCells() > 1e8, "the BCMA CAR expanded on BCMA⁺ tumor");
        assertEquals(control, bcma.bCellsPerUl(), 0.02 * control, "BCMA CAR vs no CAR");
        // the same comparison with a CD19 CAR fails: recognition of B-cell antigen is what kills them
        double cd19 = run().bCellsPerUl();
        assertTrue(Math.abs(cd19 - control) > 0.5 * control, "CD19 CAR " + cd19 + " vs control " + control);
    }
}
