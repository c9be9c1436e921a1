package cartsim.gui;

import cartsim.model.Antigen;
import cartsim.model.CarTModel;
import cartsim.model.Logic;
import cartsim.model.TestScenarios;
import cartsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model-tab bean changes the running model, not just a copy of its parameters. */
class LiveControlsTest {
    private static final Scenario SMALL = TestScenarios.with("simulation.lattice_width", 30, "simulation.lattice_height", 30,
            "treatment.lymphodepletion.enabled", false, "simulation.days", 5.0);

    private static LiveControls controls(CarTModel m) {
        return new LiveControls(m, SMALL, Runnable::run);
    }

    @Test
    void designsCostimAndPoliciesWriteTheModelParameters() {
        CarTModel m = new CarTModel(SMALL, 3);
        m.start();
        LiveControls c = controls(m);
        assertEquals("CD19", ((String[]) c.domTargets())[c.getTargets()]);

        c.setTargets(3);
        assertArrayEquals(new int[]{Antigen.CD19, Antigen.CD22}, m.p.targets);
        assertEquals(Logic.AND, m.p.logic);
        assertEquals(3, c.getTargets());

        c.setCostim(0);
        assertEquals("CD28", m.p.costim);
        assertEquals(SMALL.d("costim.CD28.antigen_threshold_molecules"), m.p.threshold);
        assertEquals(SMALL.d("costim.CD28.exhaustion_factor"), m.p.costimExhaustion);

        c.setTocilizumab(0);
        assertFalse(m.p.tociEnabled);
        c.setTocilizumab(3);
        assertTrue(m.p.tociEnabled);
        assertEquals(3, m.p.tociMinGrade);
        assertEquals(3, c.getTocilizumab());

        c.setCheckpointInhibitor(true);
        assertTrue(m.p.cpiEnabled);
        c.setDose(1e7);
        assertEquals(1e7, m.p.dosePerKg);
        assertEquals(1e5, ((Interval) c.domDose()).getMin().doubleValue());
    }

    @Test
    void reinfuseAddsCellsToTheRunningModel() {
        CarTModel m = new CarTModel(SMALL, 3);
        m.start();
        m.schedule.step(m); // day 0: the first infusion
        int before = m.cartCounts()[1] + m.cartCounts()[0];
        LiveControls c = controls(m);
        c.setDose(2e7);
        c.setReinfuse(true);
        assertTrue(m.cartCounts()[1] + m.cartCounts()[0] > before, "a second infusion adds CAR-T cells");
        assertFalse(c.getReinfuse(), "the tick box is a one-shot action");
    }

    @Test
    void antigenLossTakesEffectMidRun() {
        // same seed, same first half; only the live change differs, so the difference is the control's doing
        int negWithout = negativesAfter(false), negWith = negativesAfter(true);
        assertTrue(negWith > negWithout + 20, "antigen loss raised mid-run must create negative cells: " + negWithout + " vs " + negWith);
    }

    private static int negativesAfter(boolean raiseLoss) {
        Scenario s = TestScenarios.with("simulation.lattice_width", 30, "simulation.lattice_height", 30,
                "treatment.lymphodepletion.enabled", false, "simulation.days", 20.0, "product.dose_cells_per_kg", 1.0,
                "disease.doubling_time_h", 24.0);
        CarTModel m = new CarTModel(s, 11);
        m.start();
        for (int i = 0; i < 100; i++) m.schedule.step(m);
        if (raiseLoss) new LiveControls(m, s, Runnable::run).setAntigenLossPerDivision(0.5);
        while (!m.finished()) m.schedule.step(m);
        return m.antigenStatus()[2];
    }
}
