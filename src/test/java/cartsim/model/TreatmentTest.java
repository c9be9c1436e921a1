package cartsim.model;

import cartsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The treatment timeline and patient scaling. */
class TreatmentTest {
    static Object[] tumorOnly(Object... extra) {
        Object[] base = {"simulation.lattice_width", 120, "simulation.lattice_height", 120, "simulation.days", 1.0,
                "disease.doubling_time_h", 100000.0, "disease.apoptosis_rate_per_day", 0.0,
                "product.dose_cells_per_kg", 1.0};
        return TestScenarios.join(base, extra);
    }

    @Test
    void lymphodepletionKillsItsFractionOverTheCourse() {
        CarTModel m = new CarTModel(TestScenarios.params(tumorOnly("treatment.lymphodepletion.tumor_kill_fraction", 0.4)), 2);
        m.runToEnd();
        assertEquals(0.6 * m.baselineTumor, m.tumor.live, m.baselineTumor * 0.02);
        assertEquals(-5.0, m.series.get("day")[0], 1e-9, "simulation starts at lymphodepletion");
    }

    @Test
    void bridgingAndChemotherapyPulsesKillTheirFractions() {
        CarTModel m = new CarTModel(TestScenarios.params(tumorOnly("treatment.lymphodepletion.enabled", false,
                "treatment.bridging.enabled", true, "treatment.bridging.day", -10.0, "treatment.bridging.tumor_kill_fraction", 0.5,
                "treatment.chemotherapy", List.of(Map.of("day", 0.5, "tumor_kill_fraction", 0.5, "cart_kill_fraction", 0.0)))), 3);
        m.runToEnd();
        double first = m.series.get("tumor_cells")[0];
        assertEquals(first * 0.25, m.tumor.live, first * 0.02);
        assertTrue(m.eventList().stream().anyMatch(e -> e.name().equals("bridging")));
        assertTrue(m.eventList().stream().anyMatch(e -> e.name().equals("chemotherapy") && Math.abs(e.day() - 0.5) < 0.01));
    }

    @Test
    void chemotherapyAlsoKillsCarT() {
        CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", 80, "simulation.lattice_height", 80,
                "simulation.days", 3.0, "treatment.chemotherapy",
                List.of(Map.of("day", 2.0, "tumor_kill_fraction", 0.0, "cart_kill_fraction", 1.0))), 3);
        m.runToEnd();
        assertEquals(0, m.cart.live(), "a pulse with cart_kill_fraction 1 removes every CAR-T");
    }

    @Test
    void veinToVeinDelayIsSimulatedButNotForAllogeneicProducts() {
        Parameters auto = TestScenarios.params("treatment.vein_to_vein_days", 30.0);
        assertEquals(-30, auto.startDay(), 1e-12);
        Parameters allo = TestScenarios.params("treatment.vein_to_vein_days", 30.0, "product.allogeneic", true);
        assertEquals(-5, allo.startDay(), 1e-12, "off the shelf: only lymphodepletion precedes infusion");
    }

    @Test
    void allogeneicCellsAreRejectedAsHostImmunityRecovers() {
        Object[] common = {"simulation.lattice_width", 80, "simulation.lattice_height", 80, "simulation.days", 30.0,
                "disease.antigens.CD19.mean_molecules_per_cell", 0.0, "product.memory_fraction", 1.0,
                "product.host_rejection_rate_per_day", 0.5, "product.dose_cells_per_kg", 2e7, "product.dose_cap_cells", 1e10,
                "patient.tumor_burden_cells", 1e9};
        CarTModel auto = new CarTModel(TestScenarios.params(common), 4);
        auto.runToEnd();
        Object[] allo = CarTRulesTest.append(common, "product.allogeneic", true);
        CarTModel donor = new CarTModel(TestScenarios.params(allo), 4);
        donor.runToEnd();
        assertTrue(auto.cart.live() > 100, "memory cells persist: " + auto.cart.live());
        assertTrue(donor.cart.live() < 0.1 * auto.cart.live(), "donor cells rejected: " + donor.cart.live());
    }

    @Test
    void patientScaleKeepsTheEffectorToTargetRatio() {
        double[] ratios = new double[2];
        int k = 0;
        for (int size : new int[]{80, 160}) {
            CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", size, "simulation.lattice_height", size,
                    "treatment.lymphodepletion.enabled", false, "simulation.days", 0.2, "product.dose_cells_per_kg", 2e7,
                    "product.dose_cap_cells", 1e12), 5);
            m.runToEnd();
            double tumor = m.series.get("tumor_cells")[0];
            assertEquals(m.params().patient().tumor_burden_cells(), tumor * m.scale, 1, "simulated × scale = patient burden");
            ratios[k++] = m.cart.live() * m.cart.weight / tumor; // tile cells, whatever the sample's agent count
        }
        double expected = 2e7 * 40 / 5e10;
        assertEquals(expected, ratios[0], expected * 0.1);
        assertEquals(expected, ratios[1], expected * 0.05);
    }

    @Test
    void bloodCountsAreReportedInCellsPerMicrolitre() {
        CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", 40, "simulation.lattice_height", 40), 1);
        m.start();
        double perUl = m.bloodPerUl(100);
        assertEquals(100 * m.scale * m.params().patient().blood_share_of_circulating_pool() / (m.params().patient().weight_kg() * m.params().patient().blood_volume_ml_per_kg() * 1000), perUl, 1e-9);
    }

    @Test
    void checkpointBlockadeStartsOnItsDay() {
        CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", 20, "simulation.lattice_height", 20,
                "treatment.checkpoint_inhibitor.enabled", true, "treatment.checkpoint_inhibitor.start_day", 1.0,
                "treatment.checkpoint_inhibitor.pd1_blockade", 0.7, "simulation.days", 2.0), 1);
        m.start();
        while (m.day() < 0.9) m.schedule.step(m);
        assertEquals(0, m.currentModifiers().pd1Blockade());
        while (m.day() < 1.1) m.schedule.step(m);
        assertEquals(0.7, m.currentModifiers().pd1Blockade(), 1e-12);
    }
}
