package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.model.params.Costim;
import cartsim.model.params.Logic;
import cartsim.model.params.Target;
import cartsim.scenario.CartSchema;
import cartsim.scenario.Param;
import cartsim.scenario.ParamRegistry;
import cartsim.model.TestScenarios;
import cartsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import sim.util.Interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        CarTModel m = new CarTModel(ParamRegistry.bind(SMALL), 3);
        m.start();
        LiveControls c = controls(m);
        assertEquals("CD19", ((String[]) c.domTargets())[c.getTargets()]);

        int and = List.of((String[]) c.domTargets()).indexOf("CD19 AND CD22");
        c.setTargets(and);
        assertEquals(List.of(Target.CD19, Target.CD22), m.params().product().targets());
        assertEquals(Logic.AND, m.params().product().logic());
        assertEquals(and, c.getTargets());

        c.setCostim(0);
        assertEquals(Costim.CD28, m.params().product().costim());
        assertEquals(SMALL.d("costim.CD28.antigen_threshold_molecules"), m.params().costimEffects().antigen_threshold_molecules());
        assertEquals(SMALL.d("costim.CD28.exhaustion_factor"), m.params().costimEffects().exhaustion_factor());

        c.setTocilizumab(0);
        assertFalse(m.params().treatment().tocilizumab().enabled());
        c.setTocilizumab(3);
        assertTrue(m.params().treatment().tocilizumab().enabled());
        assertEquals(3, m.params().treatment().tocilizumab().min_crs_grade());
        assertEquals(3, c.getTocilizumab());

        c.setCheckpointInhibitor(true);
        assertTrue(m.params().treatment().checkpoint_inhibitor().enabled());
        c.setDose(1e7);
        assertEquals(1e7, m.params().product().dose_cells_per_kg());
    }

    @Test
    void rangesAndChoicesComeFromTheRegistry() {
        LiveControls c = controls(new CarTModel(ParamRegistry.bind(SMALL), 3));
        Param dose = CartSchema.get().find("product.dose_cells_per_kg");
        assertEquals(dose.min(), ((Interval) c.domDose()).getMin().doubleValue());
        assertEquals(dose.max(), ((Interval) c.domDose()).getMax().doubleValue());
        Param loss = CartSchema.get().find("disease.antigens.CD19.loss_per_division");
        assertEquals(loss.max(), ((Interval) c.domAntigenLossPerDivision()).getMax().doubleValue());
        assertEquals(CartSchema.get().find("product.costim").allowed(), List.of((String[]) c.domCostim()));
        Param grade = CartSchema.get().find("treatment.tocilizumab.min_crs_grade");
        assertEquals(1 + (int) (grade.max() - grade.min() + 1), ((String[]) c.domTocilizumab()).length, "off plus one choice per allowed grade");
        // every single-target design per antigen word, and every pair per two-target logic
        List<String> ags = CartSchema.get().find("product.targets").allowed();
        List<String> designs = List.of((String[]) c.domTargets());
        for (String a : ags) assertTrue(designs.contains(a), a);
        for (String l : CartSchema.get().find("product.logic").allowed())
            if (!l.equals("single")) assertTrue(designs.contains(ags.get(0) + " " + l + " " + ags.get(1)), l);
        assertTrue(c.desDose().startsWith(dose.description()), "tooltips come from the registry: " + c.desDose());
    }

    @Test
    void aChangeIsValidatedLikeASetAndLeavesTheModelAloneWhenRejected() {
        CarTModel m = new CarTModel(ParamRegistry.bind(SMALL), 3);
        LiveControls c = controls(m);
        assertThrows(IllegalArgumentException.class, () -> c.setDose(-5));
        assertEquals(SMALL.d("product.dose_cells_per_kg"), m.params().product().dose_cells_per_kg());
    }

    @Test
    void reinfuseAddsCellsToTheRunningModel() {
        CarTModel m = new CarTModel(ParamRegistry.bind(SMALL), 3);
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
        CarTModel m = new CarTModel(ParamRegistry.bind(s), 11);
        m.start();
        for (int i = 0; i < 100; i++) m.schedule.step(m);
        if (raiseLoss) new LiveControls(m, s, Runnable::run).setAntigenLossPerDivision(0.5);
        while (!m.finished()) m.schedule.step(m);
        return m.antigenStatus()[2];
    }
}
