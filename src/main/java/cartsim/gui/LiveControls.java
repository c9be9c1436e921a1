package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.model.params.Costim;
import cartsim.model.params.Logic;
import cartsim.model.params.Target;
import cartsim.scenario.CartSchema;
import cartsim.scenario.Param;
import cartsim.scenario.ParamRegistry;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import sim.util.Interval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Console's Model tab: a Java bean MASON's inspector turns into widgets (getX/setX,
 * {@code domX()} for ranges and drop-downs, {@code desX()} for tooltips). Ranges, word lists and
 * tooltips come from the parameter registry. A change is made like a {@code --set}: the scenario
 * gets the new value (validated by the same rules), and the model, in its own thread between two
 * steps, swaps in the whole new typed parameter set. Changes persist over Stop/Play because the
 * model keeps its parameters.
 */
public final class LiveControls {
    static final String DOSE = "product.dose_cells_per_kg", TARGETS = "product.targets", LOGIC = "product.logic",
            COSTIM = "product.costim", TOCI_ON = "treatment.tocilizumab.enabled",
            TOCI_GRADE = "treatment.tocilizumab.min_crs_grade", CPI = "treatment.checkpoint_inhibitor.enabled";
    /** the loss control sets this rate for every antigen, so it means the same whatever the CAR targets */
    static final String LOSS = "disease.antigens.CD19.loss_per_division";

    /** a CAR design the drop-down offers */
    record Design(String label, List<String> targets, String logic) {}

    /** every single-target CAR, then every pair under each two-target logic: all from the word lists */
    static final List<Design> DESIGNS = designs();

    private CarTModel model;
    private Scenario scenario;
    private List<Design> designs;
    /** runs a change in the model thread between steps (the GUI passes GUIState.scheduleImmediatelyBefore) */
    private final Consumer<Runnable> inModelThread;

    public LiveControls(CarTModel model, Scenario scenario, Consumer<Runnable> inModelThread) {
        this.inModelThread = inModelThread;
        bind(model, scenario);
    }

    private static List<Design> designs() {
        List<Design> out = new ArrayList<>();
        List<String> ags = ParamRegistry.words(Target.class);
        for (String a : ags) out.add(new Design(a, List.of(a), Logic.SINGLE.word()));
        for (Logic l : Logic.values()) {
            if (l == Logic.SINGLE) continue;
            for (int i = 0; i < ags.size(); i++)
                for (int j = i + 1; j < ags.size(); j++)
                    out.add(new Design(ags.get(i) + " " + l.word() + " " + ags.get(j), List.of(ags.get(i), ags.get(j)), l.word()));
        }
        return List.copyOf(out);
    }

    /** points the controls at a newly loaded scenario's model */
    public void bind(CarTModel model, Scenario scenario) {
        this.model = model;
        this.scenario = scenario;
        designs = new ArrayList<>(DESIGNS);
        if (designIndex() < 0) { // the scenario's own design, e.g. CD22 OR BCMA, stays selectable
            List<String> t = scenario.list(TARGETS);
            String label = t.size() > 1 ? t.get(0) + " " + scenario.s(LOGIC) + " " + t.get(1) : t.get(0);
            designs.add(new Design(label, List.copyOf(t), scenario.s(LOGIC)));
        }
    }

    /** the scenario as changed by the controls so far */
    public Scenario scenario() {
        return scenario;
    }

    static Param param(String path) {
        Param p = CartSchema.get().find(path);
        if (p == null) throw new IllegalStateException("no parameter " + path);
        return p;
    }

    /** sets values like --set and swaps the resulting parameters into the model, in its thread */
    private void set(Map<String, Object> values) {
        Scenario next;
        try {
            next = scenario.with(values);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // the inspector shows it; the model is unchanged
        }
        scenario = next;
        CarTModel m = model;
        var params = ParamRegistry.bind(next);
        inModelThread.accept(() -> m.swap(params));
    }

    private void set(String path, Object value) {
        set(Map.of(path, value));
    }

    private static Interval range(String path) {
        Param p = param(path);
        return p.type() == cartsim.scenario.ParamType.INT ? new Interval((long) p.min(), (long) p.max()) : new Interval(p.min(), p.max());
    }

    private static String tip(String path) {
        Param p = param(path);
        return p.description() + ("-".equals(p.unit()) ? "" : " (" + p.unit() + ")");
    }

    public String getScenario() { return scenario.name(); }
    public String desScenario() { return "the loaded scenario (File ▸ Open scenario or Scenarios menu)"; }

    public double getDose() { return scenario.d(DOSE); }
    public void setDose(double v) { set(DOSE, v); }
    public Object domDose() { return range(DOSE); }
    public String desDose() { return tip(DOSE) + "; applies at the next infusion: the next Play, or Re-infuse now"; }

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
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(TARGETS, d.targets());
        v.put(LOGIC, d.logic());
        set(v); // targets and logic change together, so no step sees a mix
    }
    public Object domTargets() { return designs.stream().map(Design::label).toArray(String[]::new); }
    public String desTargets() { return tip(TARGETS) + " and how two are combined"; }

    private int designIndex() {
        List<String> t = scenario.list(TARGETS);
        for (int i = 0; designs != null && i < designs.size(); i++) {
            Design d = designs.get(i);
            if (d.targets().equals(t) && (t.size() == 1 || d.logic().equals(scenario.s(LOGIC)))) return i;
        }
        return -1;
    }

    public int getCostim() { return param(COSTIM).allowed().indexOf(scenario.s(COSTIM)); }
    public void setCostim(int i) {
        List<String> words = param(COSTIM).allowed();
        if (i >= 0 && i < words.size()) set(COSTIM, words.get(i));
    }
    public Object domCostim() { return param(COSTIM).allowed().toArray(String[]::new); }
    public String desCostim() { return tip(COSTIM) + ": " + Costim.CD28.word() + " lowers the antigen threshold and expands faster but exhausts sooner; " + Costim.FOUR_1BB.word() + " persists"; }

    public double getAntigenLossPerDivision() { return scenario.d(LOSS.replace("CD19", scenario.list(TARGETS).get(0))); }
    public void setAntigenLossPerDivision(double v) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String a : ParamRegistry.words(Target.class)) all.put(LOSS.replace("CD19", a), v);
        set(all);
    }
    public Object domAntigenLossPerDivision() { return range(LOSS); }
    public String desAntigenLossPerDivision() { return "for every antigen: " + tip(LOSS).replace("CD19", "the antigen"); }

    /** "off", then one choice per grade the tocilizumab trigger allows */
    public int getTocilizumab() { return scenario.b(TOCI_ON) ? scenario.i(TOCI_GRADE) - (int) param(TOCI_GRADE).min() + 1 : 0; }
    public void setTocilizumab(int i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(TOCI_ON, i > 0);
        if (i > 0) v.put(TOCI_GRADE, (int) param(TOCI_GRADE).min() + i - 1);
        set(v);
    }
    public Object domTocilizumab() {
        Param g = param(TOCI_GRADE);
        List<String> out = new ArrayList<>(List.of("off"));
        for (int k = (int) g.min(); k <= (int) g.max(); k++) out.add("at CRS grade ≥ " + k);
        return out.toArray(String[]::new);
    }
    public String desTocilizumab() { return param(TOCI_ON).description() + ", when CRS reaches this grade"; }

    public boolean getCheckpointInhibitor() { return scenario.b(CPI); }
    public void setCheckpointInhibitor(boolean v) { set(CPI, v); }
    public String desCheckpointInhibitor() { return tip(CPI) + ", from its start day (or now, if that is past)"; }
}
