package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The classroom GUI in the MASON idiom: the headless {@link CarTModel} wrapped in a GUIState
 * with a tissue view ({@link TissueView}: display, legend, caption, narration strip), live
 * charts, a Model tab of live controls, an About tab describing the preset, and a Scenarios
 * menu. In compare mode the state is a {@link ModelPair}: two runs on one clock, two tissue
 * views, and charts with both runs overlaid.
 *
 * <p>The scenario's tissue is shown as soon as the window opens: the model is started (seeded)
 * once for the picture, and Play starts it again from the same seed, so nothing the class sees
 * before Play differs from what the run then does.
 */
public class CarTModelWithUI extends GUIState {
    static final String TUMOR = TissueView.TUMOR, MACROPHAGES = TissueView.MACROPHAGES,
            IL6 = TissueView.IL6, IFNG = TissueView.IFNG, CART = TissueView.CART;

    private List<Scenario> scenarios;
    private long seed;
    private final LiveControls controls;
    final List<TissueView> views = new ArrayList<>();
    LiveCharts charts;
    private JEditorPane about;
    /** teach mode when no window exists yet (set from the command line) */
    private boolean teachAtStart;

    public CarTModelWithUI(Scenario scenario) {
        this(scenario, scenario.i("simulation.seed"));
    }

    public CarTModelWithUI(Scenario scenario, long seed) {
        this(List.of(scenario), seed);
    }

    /** one scenario, or two to run side by side with the same seed */
    public CarTModelWithUI(List<Scenario> scenarios, long seed) {
        super(newState(withSeed(scenarios, seed), seed));
        this.scenarios = withSeed(scenarios, seed);
        this.seed = seed;
        this.controls = new LiveControls(controlled(), controlledScenario(), this::inModelThread);
    }

    /**
     * The scenarios with {@code simulation.seed} set to {@code seed}: the runs' parameters then name
     * the seed they really use (a compared B file may have another seed of its own).
     */
    static List<Scenario> withSeed(List<Scenario> runs, long seed) {
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : runs) {
            try {
                out.add(s.i("simulation.seed") == seed ? s : s.with(java.util.Map.of("simulation.seed", seed)));
            } catch (cartsim.scenario.ScenarioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return out;
    }

    /** a CarTModel for one scenario, a ModelPair for two; may reject a scenario the model cannot run */
    static SimState newState(List<Scenario> s, long seed) {
        if (s.size() == 1) return new CarTModel(cartsim.scenario.ParamRegistry.bind(s.get(0)), seed);
        if (s.size() == 2) return new ModelPair(new CarTModel(cartsim.scenario.ParamRegistry.bind(s.get(0)), seed), new CarTModel(cartsim.scenario.ParamRegistry.bind(s.get(1)), seed), seed);
        throw new IllegalArgumentException("one or two scenarios, not " + s.size());
    }

    public static String getName() {
        return "cartsim — CAR-T classroom";
    }

    /** the first (or only) run */
    public CarTModel model() {
        return runs().get(0);
    }

    /** the runs shown: one, or two in compare mode */
    public List<CarTModel> runs() {
        return state instanceof ModelPair p ? p.runs() : List.of((CarTModel) state);
    }

    public boolean comparing() {
        return state instanceof ModelPair;
    }

    public Scenario scenario() {
        return scenarios.get(0);
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** the run the Model tab changes: the only run, or run B in compare mode (A stays the reference) */
    private CarTModel controlled() {
        List<CarTModel> r = runs();
        return r.get(r.size() - 1);
    }

    private Scenario controlledScenario() {
        return scenarios.get(scenarios.size() - 1);
    }

    /** frames the first tissue display has drawn so far (for the frame-rate check) */
    public long framesDrawn() {
        return views.isEmpty() ? 0 : views.get(0).framesDrawn();
    }

    /** frames each tissue display has drawn so far */
    public long[] framesDrawnPerView() {
        return views.stream().mapToLong(TissueView::framesDrawn).toArray();
    }

    /** what each view's narration has told so far, oldest first */
    public List<List<Narration>> narration() {
        return views.stream().map(v -> v.narrator.all()).toList();
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    public LiveControls controls() {
        return controls;
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof CarTModel || s instanceof ModelPair;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        charts = new LiveCharts();
        charts.createFrames(c);
        buildViews(c);
        if (c instanceof Console console) console.getJMenuBar().add(new ScenarioMenu(console, this::switchScenario, this::switchTo));
        preview();
    }

    /** one tissue view per run, the charts' lines to match, teach mode shared by all strips */
    private void buildViews(Controller c) {
        for (TissueView v : views) v.dispose(c);
        views.clear();
        List<CarTModel> r = runs();
        for (int i = 0; i < r.size(); i++) {
            TissueView v = new TissueView(r.size() > 1 ? (char) ('A' + i) + " · " : "");
            v.create(this, c, r.get(i));
            if (i > 0) v.strip.teachMode.setModel(views.get(0).strip.teachMode.getModel());
            views.add(v);
        }
        views.get(0).strip.teachMode.setSelected(teachAtStart);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < r.size() && r.size() > 1; i++) labels.add((char) ('A' + i) + ": " + scenarios.get(i).name());
        charts.setRuns(r.size() > 1 ? labels : List.of(""));
        updateTitles();
    }

    /**
     * Seeds the runs and shows their starting tissue before Play. Play starts the runs again
     * from the seed (the Console re-seeds them first), so the picture is the run's own day-one state.
     */
    private void preview() {
        state.start();
        for (int i = 0; i < views.size(); i++) {
            views.get(i).restart();
            views.get(i).refresh(runs().get(i));
            views.get(i).showCaption(Caption.text(runs().get(i)) + " — press Play");
            views.get(i).reset();
        }
    }

    /** places every window without overlap on the screen (see {@link WindowLayout}) and shows the charts */
    public void arrangeWindows(Rectangle screen) {
        WindowLayout plan = WindowLayout.plan(screen, views.size(), charts.frames.length);
        if (controller instanceof Console c) c.setBounds(plan.console());
        List<CarTModel> r = runs();
        for (int i = 0; i < views.size(); i++) {
            views.get(i).setSize(plan.tissue().get(i), plan.legendFont(), r.get(i));
        }
        for (int i = 0; i < charts.frames.length; i++) {
            Rectangle b = plan.charts().get(i);
            charts.frames[i].setBounds(b);
            // MASON draws a chart at a fixed height and width:height proportion, then scales it to the
            // window: draw it at the window's own size, so it fills the window without scrolling
            double h = Math.max(120, b.height - LiveCharts.FRAME_CHROME_H);
            charts.all.get(i).DEFAULT_CHART_HEIGHT = h;
            charts.all.get(i).setProportion((b.width - 24) / h);
            charts.frames[i].setVisible(true);
        }
    }

    /** the usable screen: the whole screen less task bars */
    static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    /** puts the preset's description into the Console's About tab (MASON leaves it empty) */
    public void installAbout(Console console) {
        about = new JEditorPane("text/html", AboutPage.html(scenarios, seed));
        about.setEditable(false);
        about.setCaretPosition(0);
        JTabbedPane tabs = console.getTabPane();
        int i = tabs.indexOfTab("About");
        JScrollPane pane = new JScrollPane(about);
        if (i >= 0) tabs.setComponentAt(i, pane);
        else tabs.insertTab("About", null, pane, null, 0);
        tabs.setSelectedIndex(Math.max(0, tabs.indexOfTab("About")));
    }

    /** the About tab's text (for tests and the smoke test) */
    public String aboutText() {
        return about == null ? AboutPage.html(scenarios, seed) : about.getText();
    }

    public void setTeachMode(boolean on) {
        teachAtStart = on;
        if (!views.isEmpty()) views.get(0).strip.teachMode.setSelected(on);
    }

    public boolean teachMode() {
        return views.isEmpty() ? teachAtStart : views.get(0).strip.teachMode.isSelected();
    }

    @Override
    public void start() {
        // the scenario's seed, not the Console's seed field: the run must be the one the preview showed
        state.setSeed(seed);
        for (CarTModel m : runs()) m.keepCytokineMaps = true; // the IL-6 heat layer shows the map
        super.start();
        setUpRun();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        setUpRun();
    }

    @Override
    public void quit() {
        super.quit();
        for (TissueView v : views) v.dispose(null);
        views.clear();
        if (charts != null) for (JFrame f : charts.frames) if (f != null) f.dispose();
    }

    private void setUpRun() {
        List<CarTModel> r = runs();
        for (int i = 0; i < views.size(); i++) {
            views.get(i).bindLattice(r.get(i));
            views.get(i).restart();
        }
        if (charts != null) charts.clear();
        refresh();
        // registered before display.reset() so the grids are fresh when the display draws
        scheduleRepeatingImmediatelyAfter(s -> refresh());
        for (TissueView v : views) v.reset();
    }

    /** copies each run into its view, feeds the charts, and pauses in teach mode when something happened */
    private void refresh() {
        List<CarTModel> r = runs();
        boolean happened = false;
        for (int i = 0; i < r.size() && i < views.size(); i++) {
            CarTModel m = r.get(i);
            if (m.tumor == null) continue;
            happened |= !views.get(i).refresh(m).isEmpty();
            if (charts != null) charts.update(i, m);
        }
        if (happened && teachMode() && controller instanceof Console c) {
            // pausing waits for the step that is running now: ask from the Swing thread, not from inside it
            SwingUtilities.invokeLater(() -> {
                if (c.getPlayState() == Console.PS_PLAYING) c.pressPause();
            });
        }
    }

    /**
     * Runs a control change in the model thread. While the Console plays, the change waits for
     * the end of the current step; when paused or stopped no step is running and it applies now.
     */
    void inModelThread(Runnable r) {
        if (controller instanceof Console c && c.getPlayState() == Console.PS_PLAYING) {
            scheduleImmediatelyBefore(s -> r.run());
        } else {
            synchronized (state.schedule) {
                r.run();
            }
        }
    }

    /** replaces the model with a newly loaded scenario; the class presses Play to run it */
    void switchScenario(Scenario s) {
        switchTo(List.of(s));
    }

    /**
     * Replaces the run(s): one scenario, or two side by side with the first one's seed. Windows
     * are rebuilt and laid out again when the number of views changes.
     */
    void switchTo(List<Scenario> chosen) {
        long nextSeed = chosen.get(0).i("simulation.seed");
        List<Scenario> next = withSeed(chosen, nextSeed);
        SimState nextState = newState(next, nextSeed); // may reject the scenario: keep the old one
        if (controller instanceof Console c) c.pressStop();
        boolean rebuild = runs().size() != next.size();
        state = nextState;
        scenarios = List.copyOf(next);
        seed = nextSeed;
        controls.bind(controlled(), controlledScenario());
        if (controller != null && rebuild) {
            buildViews(controller);
            arrangeWindows(screen());
        } else {
            List<CarTModel> r = runs();
            for (int i = 0; i < views.size(); i++) views.get(i).bindLattice(r.get(i));
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < r.size() && r.size() > 1; i++) labels.add((char) ('A' + i) + ": " + scenarios.get(i).name());
            if (charts != null) charts.setRuns(r.size() > 1 ? labels : List.of(""));
            updateTitles();
        }
        if (controller != null) preview();
        if (about != null) {
            about.setText(AboutPage.html(scenarios, seed));
            about.setCaretPosition(0);
        }
        refreshModelTab();
    }

    /** the Model tab shows values read when it was built; re-read them after a change made in code */
    void refreshModelTab() {
        if (controller instanceof Console c && c.getModelInspector() != null) c.getModelInspector().updateInspector();
        if (controller != null) controller.refresh();
    }

    private void updateTitles() {
        for (int i = 0; i < views.size(); i++) {
            String tag = views.size() > 1 ? (char) ('A' + i) + ": " : "";
            views.get(i).setTitle("Tissue — " + tag + scenarios.get(i).name());
        }
    }
}
