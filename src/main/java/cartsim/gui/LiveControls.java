package cartsim.gui;

import cartsim.model.Antigen;
import cartsim.model.CarTModel;
import cartsim.model.Logic;
import cartsim.model.ModelParams;
import cartsim.scenario.Scenario;
import sim.util.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Console's Model tab: a Java bean MASON's inspector turns into widgets (getX/setX,
 * {@code domX()} for ranges and drop-downs, {@code desX()} for tooltips). Every setter writes the
 * model's {@link ModelParams}, which the running model reads; values the agents cache per run
 * are re-derived by {@link CarTModel#reconfigure()} in the model thread, so a change shows from
 * the next step. Parameters persist over Stop/Play because the model keeps its ModelParams.
 */
public final class LiveControls {
    /** a CAR design the drop-down offers */
    record Design(String label, int[] targets, Logic logic) {}

    static final List<Design> DESIGNS = List.of(
            new Design("CD19", new int[]{Antigen.CD19}, Logic.SINGLE),
            new Design("CD22", new int[]{Antigen.CD22}, Logic.SINGLE),
            new Design("CD19 OR CD22", new int[]{Antigen.CD19, Antigen.CD22}, Logic.OR),
            new Design("CD19 AND CD22", new int[]{Antigen.CD19, Antigen.CD22}, Logic.AND),
            new Design("BCMA", new int[]{Antigen.BCMA}, Logic.SINGLE));
    static final String[] COSTIMS = {"CD28", "4-1BB"};
    static final String[] TOCI = {"off", "at CRS grade ≥ 1", "at CRS grade ≥ 2", "at CRS grade ≥ 3"};

    private CarTModel model;
    private Scenario scenario;
    private List<Design> designs;
    /** runs a change in the model thread between steps (the GUI passes GUIState.scheduleImmediatelyBefore) */
    private final Consumer<Runnable> inModelThread;

    public LiveControls(CarTModel model, Scenario scenario, Consumer<Runnable> inModelThread) {
        this.inModelThread = inModelThread;
        bind(model, scenario);
    }

    /** points the controls at a newly loaded scenario's model */
    public void bind(CarTModel model, Scenario scenario) {
        this.model = model;
        this.scenario = scenario;
        designs = new ArrayList<>(DESIGNS);
        if (designIndex() < 0) { // the scenario's own design, e.g. CD22 OR BCMA, stays selectable
            ModelParams p = model.p;
            StringBuilder label = new StringBuilder(Antigen.NAMES.get(p.targets[0]));
            if (p.targets.length > 1) label.append(' ').append(p.logic.label()).append(' ').append(Antigen.NAMES.get(p.targets[1]));
            designs.add(new Design(label.toString(), p.targets.clone(), p.logic));
        }
    }

    private ModelParams p() {
        return model.p;
    }

    /** re-derives cached per-step values after a change, in the model thread */
    private void reconfigure() {
        CarTModel m = model;
        inModelThread.accept(m::reconfigure);
    }

    public String getScenario() { return scenario.name(); }
    public String desScenario() { return "the loaded scenario (File ▸ Open scenario or Scenarios menu)"; }

    public double getDose() { return p().dosePerKg; }
    public void setDose(double v) { p().dosePerKg = v; }
    public Object domDose() { return new Interval(1e5, 2e7); }
    public String desDose() { return "CAR+ cells per kg; applies at the next infusion: the next Play, or Re-infuse now"; }

    public boolean getReinfuse() { return false; }
    public void setReinfuse(boolean v) {
        if (!v) return;
        CarTModel m = model;
        // infusing before start() would touch agents that do not exist yet; the next Play infuses anyway
        inModelThread.accept(() -> { if (m.cart != null) m.infuse(); });
    }
    public String desReinfuse() { return "tick to give another infusion of the current dose now"; }

    public int getTargets() { return Math.max(0, designIndex()); }
    public void setTargets(int i) {
        if (i < 0 || i >= designs.size()) return;
        Design d = designs.get(i);
        ModelParams p = p();
        // targets and logic are read by the agents every step; swap them together so no step sees a mix
        inModelThread.accept(() -> {
            p.logic = d.logic();
            p.targets = d.targets().clone();
        });
    }
    public Object domTargets() { return designs.stream().map(Design::label).toArray(String[]::new); }
    public String desTargets() { return "antigens the CAR recognises and how two are combined"; }

    private int designIndex() {
        ModelParams p = model.p;
        for (int i = 0; designs != null && i < designs.size(); i++) {
            Design d = designs.get(i);
            if (Arrays.equals(d.targets(), p.targets) && (p.targets.length == 1 || d.logic() == p.logic)) return i;
        }
        return -1;
    }

    public int getCostim() { return Arrays.asList(COSTIMS).indexOf(p().costim); }
    public void setCostim(int i) {
        if (i < 0 || i >= COSTIMS.length) return;
        ModelParams p = p();
        Scenario s = scenario;
        CarTModel m = model;
        inModelThread.accept(() -> {
            p.applyCostim(s, COSTIMS[i]);
            m.reconfigure();
        });
    }
    public Object domCostim() { return COSTIMS; }
    public String desCostim() { return "costimulatory domain: CD28 lowers the antigen threshold and expands faster but exhausts sooner; 4-1BB persists"; }

    /** one rate for every antigen, so the control means the same whatever the CAR targets */
    public double getAntigenLossPerDivision() { return p().agLossPerDivision[p().targets[0]]; }
    public void setAntigenLossPerDivision(double v) {
        ModelParams p = p();
        for (int a = 0; a < Antigen.COUNT; a++) p.agLossPerDivision[a] = v;
        reconfigure();
    }
    public Object domAntigenLossPerDivision() { return new Interval(0.0, 0.01); }
    public String desAntigenLossPerDivision() { return "probability that a dividing tumor cell's daughter loses the antigen for good"; }

    public int getTocilizumab() { return p().tociEnabled ? Math.max(1, Math.min(3, p().tociMinGrade)) : 0; }
    public void setTocilizumab(int i) {
        ModelParams p = p();
        p.tociEnabled = i > 0;
        if (i > 0) p.tociMinGrade = i;
    }
    public Object domTocilizumab() { return TOCI; }
    public String desTocilizumab() { return "give tocilizumab (anti-IL-6R) when CRS reaches this grade"; }

    public boolean getCheckpointInhibitor() { return p().cpiEnabled; }
    public void setCheckpointInhibitor(boolean v) { p().cpiEnabled = v; }
    public String desCheckpointInhibitor() { return "add anti-PD-1 from its start day (or now, if that is past)"; }
}
