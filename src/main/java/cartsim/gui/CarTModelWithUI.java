package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.gui.SimpleColorMap;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The classroom GUI in the MASON idiom: the headless {@link CarTModel} wrapped in a GUIState
 * with a tissue display, live charts, a Model tab of live controls and a Scenarios menu. Each
 * frame the model's arrays are copied into integer-coded grids ({@link TissueLayers}) that MASON's
 * fast array portrayals draw, so the GUI adds no per-cell objects and no work inside the model.
 */
public class CarTModelWithUI extends GUIState {
    static final String TUMOR = "Tumor cells (antigen)", MACROPHAGES = "Macrophages",
            IL6 = "IL-6 heat map", IFNG = "IFN-γ heat map", CART = "CAR-T cells";
    /** display edge in pixels for the longer lattice side */
    static final int DISPLAY_PX = 560;

    private Scenario scenario;
    private final LiveControls controls;
    private TissueLayers layers;
    private final AtomicLong framesDrawn = new AtomicLong();

    private final FastValueGridPortrayal2D tumorPortrayal = new FrameCountingPortrayal(TUMOR, framesDrawn);
    private final FastValueGridPortrayal2D myeloidPortrayal = new FastValueGridPortrayal2D(MACROPHAGES);
    private final FastValueGridPortrayal2D il6Portrayal = new FastValueGridPortrayal2D(IL6);
    private final FastValueGridPortrayal2D ifngPortrayal = new FastValueGridPortrayal2D(IFNG);
    private final FastValueGridPortrayal2D cartPortrayal = new FastValueGridPortrayal2D(CART);

    Display2D display;
    JFrame displayFrame;
    private LegendPanel legend;
    private CaptionBar caption;
    LiveCharts charts;

    public CarTModelWithUI(Scenario scenario) {
        this(scenario, scenario.i("simulation.seed"));
    }

    public CarTModelWithUI(Scenario scenario, long seed) {
        super(new CarTModel(cartsim.scenario.ParamRegistry.bind(scenario), seed));
        this.scenario = scenario;
        this.controls = new LiveControls(model(), scenario, this::inModelThread);
        tumorPortrayal.setMap(new SimpleColorMap(TissuePalette.TUMOR_COLORS));
        myeloidPortrayal.setMap(new SimpleColorMap(TissuePalette.MYELOID_COLORS));
        il6Portrayal.setMap(new SimpleColorMap(TissuePalette.IL6_COLORS));
        ifngPortrayal.setMap(new SimpleColorMap(TissuePalette.IFNG_COLORS));
        cartPortrayal.setMap(new SimpleColorMap(TissuePalette.CART_COLORS));
    }

    public static String getName() {
        return "cartsim — CAR-T classroom";
    }

    public CarTModel model() {
        return (CarTModel) state;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** frames the tissue display has drawn so far (for the frame-rate check) */
    public long framesDrawn() {
        return framesDrawn.get();
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
        return s instanceof CarTModel;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        CarTModel m = model();
        display = new Display2D(displayWidth(m), displayHeight(m), this);
        display.setBackdrop(TissuePalette.BACKGROUND);
        display.attach(tumorPortrayal, TUMOR);
        display.attach(myeloidPortrayal, MACROPHAGES);
        display.attach(il6Portrayal, IL6, false);
        display.attach(ifngPortrayal, IFNG, false);
        display.attach(cartPortrayal, CART);

        displayFrame = display.createFrame();
        legend = new LegendPanel();
        caption = new CaptionBar();
        displayFrame.getContentPane().add(legend, BorderLayout.EAST);
        displayFrame.getContentPane().add(caption, BorderLayout.SOUTH);
        // packing leaves the display's scroll pane a few pixels short (scroll bars at scale 1): size by hand
        displayFrame.setSize((int) display.insideDisplay.width + LegendPainter.WIDTH + 40,
                (int) display.insideDisplay.height + 130);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        updateTitle();

        charts = new LiveCharts();
        charts.createFrames(c);
        if (c instanceof Console console) console.getJMenuBar().add(new ScenarioMenu(console, this::switchScenario));
        setUpLayers();
        caption.show("Scenario " + scenario.name() + " — press Play");
    }

    @Override
    public void start() {
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
        if (displayFrame != null) displayFrame.dispose();
        if (charts != null) for (JFrame f : charts.frames) if (f != null) f.dispose();
        displayFrame = null;
        display = null;
    }

    /** grids sized to the lattice, attached to the portrayals */
    private void setUpLayers() {
        CarTModel m = model();
        if (layers == null || layers.width != m.width || layers.height != m.height) {
            layers = new TissueLayers(m.width, m.height);
            tumorPortrayal.setField(layers.tumor);
            myeloidPortrayal.setField(layers.myeloid);
            il6Portrayal.setField(layers.il6);
            ifngPortrayal.setField(layers.ifng);
            cartPortrayal.setField(layers.cart);
            if (display != null) {
                display.insideDisplay.width = displayWidth(m);
                display.insideDisplay.height = displayHeight(m);
                display.insideDisplay.revalidate();
            }
        }
    }

    private void setUpRun() {
        setUpLayers();
        if (charts != null) charts.clear();
        refresh();
        // registered before display.reset() so the grids are fresh when the display draws
        scheduleRepeatingImmediatelyAfter(s -> refresh());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** copies the model into the display grids and updates caption, legend and charts */
    private void refresh() {
        CarTModel m = model();
        if (m.tumor == null) return;
        layers.refresh(m);
        if (caption != null) caption.show(Caption.text(m));
        if (legend != null) legend.update(Caption.antigenTitle(m), shownHeatLayers());
        if (charts != null) charts.update(m);
    }

    /** the heat maps switched on in the display's layer menu, for the legend */
    HeatLayer[] shownHeatLayers() {
        List<HeatLayer> on = new ArrayList<>();
        if (display != null) {
            for (Component item : display.popup.getComponents()) {
                if (!(item instanceof JCheckBoxMenuItem box) || !box.isSelected()) continue;
                if (IL6.equals(box.getText())) on.add(HeatLayer.IL6);
                if (IFNG.equals(box.getText())) on.add(HeatLayer.IFNG);
            }
        }
        return on.toArray(HeatLayer[]::new);
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
        CarTModel next = new CarTModel(cartsim.scenario.ParamRegistry.bind(s), s.i("simulation.seed")); // may reject the scenario: keep the old one
        if (controller instanceof Console c) c.pressStop();
        state = next;
        scenario = s;
        controls.bind(next, s);
        setUpLayers();
        updateTitle();
        if (caption != null) caption.show("Scenario " + s.name() + " loaded — press Play");
        refreshModelTab();
    }

    /** the Model tab shows values read when it was built; re-read them after a change made in code */
    void refreshModelTab() {
        if (controller instanceof Console c && c.getModelInspector() != null) c.getModelInspector().updateInspector();
        if (controller != null) controller.refresh();
    }

    private void updateTitle() {
        if (displayFrame != null) displayFrame.setTitle("Tissue — " + scenario.name());
    }

    private static double displayWidth(CarTModel m) {
        return DISPLAY_PX * (double) m.width / Math.max(m.width, m.height);
    }

    private static double displayHeight(CarTModel m) {
        return DISPLAY_PX * (double) m.height / Math.max(m.width, m.height);
    }

    /** the tumor layer is drawn once per displayed frame: counting its draws measures the frame rate */
    private static final class FrameCountingPortrayal extends FastValueGridPortrayal2D {
        private final AtomicLong frames;

        FrameCountingPortrayal(String name, AtomicLong frames) {
            super(name);
            this.frames = frames;
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            frames.incrementAndGet();
            super.draw(object, graphics, info);
        }
    }
}
