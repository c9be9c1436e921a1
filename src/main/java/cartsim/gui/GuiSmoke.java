package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import sim.display.Console;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * GUI smoke test for a real (or virtual, Xvfb) display. It opens the Console (one scenario, or two
 * side by side with {@code --compare}) and checks, in order:
 * <ol>
 *   <li>before Play, each tissue display already shows the tumor: several colours over most of
 *       its area (screenshot {@code OUT-before.png});</li>
 *   <li>the About tab holds the preset's description;</li>
 *   <li>no two windows overlap and all lie on the screen;</li>
 *   <li>it plays, opens the charts and the Model tab, turns controls and a heat-map layer,
 *       measures each display's frame rate and saves a screenshot ({@code OUT.png});</li>
 *   <li>the narration of each view lists every event of the run's event list, in order;</li>
 *   <li>teach mode pauses the run by itself at the next event.</li>
 * </ol>
 * It exits non-zero on any failed check, any exception in any thread, or a stuck Swing thread.
 * Usage: {@code GuiSmoke OUT.png [STEPS] [SCENARIO] [--compare B.yaml] [--as-is]}; the scenario
 * defaults to the classroom one, and {@code --as-is} leaves the controls alone (for documentation
 * screenshots of the scenario itself).
 */
public final class GuiSmoke {
    private static final long TIMEOUT_MS = 120_000;
    /** before Play the tumor must cover at least this share of each display */
    static final double MIN_COVERAGE = 0.5;
    /** ... in at least this many distinct colours (antigen levels, antigen-negative, macrophages) */
    static final int MIN_COLOURS = 3;
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

    private GuiSmoke() {}

    public static void main(String[] args) {
        System.exit(new GuiSmoke().run(args));
    }

    int run(String[] argv) {
        List<String> args = new ArrayList<>();
        Path compare = null;
        boolean asIs = false;
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].equals("--compare") && i + 1 < argv.length) compare = Path.of(argv[++i]);
            else if (argv[i].equals("--as-is")) asIs = true;
            else args.add(argv[i]);
        }
        Path out = Path.of(args.size() > 0 ? args.get(0) : "gui-smoke.png");
        long steps = args.size() > 1 ? Long.parseLong(args.get(1)) : 1500;
        Path scenarioFile = args.size() > 2 ? Path.of(args.get(2)) : null;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> failures.add(e));
        startWatchdog();
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("GUI smoke: no display (run under xvfb-run)");
            return 1;
        }
        try {
            List<Scenario> runs = new ArrayList<>(List.of(ScenarioFiles.load(scenarioFile, List.of())));
            if (compare != null) runs.add(ScenarioFiles.load(compare, List.of()));
            Console console = GuiLauncher.open(runs, false);
            CarTModelWithUI gui = (CarTModelWithUI) console.getSimulation();
            Thread.sleep(1000); // let the first frames land
            onEdt(() -> {});

            checkBeforePlay(gui, sibling(out, "-before"));
            check(gui.aboutText().contains(AboutPage.esc(firstWords(AboutPage.description(runs.get(0))))),
                    "About tab shows the preset's description");
            checkLayout(console, gui);

            // flat out first, no pause between steps: the display must keep up on its own
            onEdt(() -> console.setPlaySleep(0));
            onEdt(() -> console.pressPlay());
            waitForStep(gui, 1);
            long[] f0 = gui.framesDrawnPerView();
            long s0 = gui.model().stepNumber(), t0 = System.nanoTime();
            Thread.sleep(1000);
            double[] fpsMax = rates(gui.framesDrawnPerView(), f0, t0);
            double spsMax = (gui.model().stepNumber() - s0) / seconds(t0);
            onEdt(() -> console.setPlaySleep(GuiLauncher.PLAY_SLEEP_MS));
            waitForStep(gui, steps / 3);

            if (!asIs) onEdt(() -> {
                selectTab(console.getTabPane(), "Model");
                switchLayer(gui, CarTModelWithUI.IL6);
                LiveControls c = gui.controls();
                c.setTargets(2);          // CD19 OR CD22
                c.setCostim(0);           // CD28
                c.setTocilizumab(1);
                c.setCheckpointInhibitor(true);
                c.setAntigenLossPerDivision(1e-3);
                c.setDose(5e6);
                c.setReinfuse(true);
            });

            long[] f1 = gui.framesDrawnPerView();
            long s1 = gui.model().stepNumber(), t1 = System.nanoTime();
            waitForStep(gui, steps);
            double[] fps = rates(gui.framesDrawnPerView(), f1, t1);
            double sps = (gui.model().stepNumber() - s1) / seconds(t1);
            onEdt(() -> console.pressPause());
            onEdt(gui::refreshModelTab); // control changes made while playing landed at a later step
            for (double f : fps) check(f > 0, "every tissue display keeps drawing while the run plays");
            checkNarration(gui);
            Thread.sleep(800); // let the last repaints land before the screenshot
            onEdt(() -> {});
            if (asIs) onEdt(() -> selectTab(console.getTabPane(), "About"));
            Thread.sleep(asIs ? 500 : 0);
            ImageFiles.writePng(screenshot(screenBounds()), out);
            System.out.printf(Locale.ROOT, "GUI smoke: %s, %d×%d lattice, day %.1f after %d steps; classroom speed: display %s frames/s at %.0f steps/s; "
                            + "flat out: display %s frames/s at %.0f steps/s; %d events narrated; screenshot %s%n",
                    names(runs), gui.model().width, gui.model().height, gui.model().day(), gui.model().stepNumber(),
                    list(fps), sps, list(fpsMax), spsMax, gui.narration().get(0).size(), out);

            checkTeachMode(console, gui, scenarioFile, compare);
            onEdt(() -> console.pressStop());
            onEdt(() -> {});
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            failures.add(e);
        }
        for (Throwable t : failures) System.err.println("GUI smoke failure: " + t);
        return failures.isEmpty() ? 0 : 1;
    }

    private void check(boolean ok, String what) {
        if (ok) System.out.println("GUI smoke: ok: " + what);
        else failures.add(new AssertionError(what));
    }

    /** a screenshot of each tissue display right after opening: the tumor is there, in colour */
    private void checkBeforePlay(CarTModelWithUI gui, Path png) throws Exception {
        check(gui.model().stepNumber() == 0, "nothing has run before Play");
        ImageFiles.writePng(screenshot(screenBounds()), png);
        for (int i = 0; i < gui.views.size(); i++) {
            TissueView v = gui.views.get(i);
            Rectangle[] area = new Rectangle[1];
            onEdt(() -> {
                Point p = v.display.insideDisplay.getLocationOnScreen();
                area[0] = new Rectangle(p.x, p.y, (int) v.display.insideDisplay.width, (int) v.display.insideDisplay.height);
            });
            Coverage c = coverage(screenshot(area[0]));
            System.out.printf(Locale.ROOT, "GUI smoke: before Play, view %d: tumor covers %.0f %% of the display in %d colours%n",
                    i + 1, 100 * c.share(), c.colours());
            check(c.share() >= MIN_COVERAGE && c.colours() >= MIN_COLOURS,
                    "before Play, view " + (i + 1) + " shows the tumor (" + Math.round(100 * c.share()) + " % covered, "
                            + c.colours() + " colours)");
        }
    }

    /** share of pixels that are not the backdrop, and the number of colours each holding ≥ 0.5 % of them */
    record Coverage(double share, int colours) {}

    static Coverage coverage(BufferedImage img) {
        int bg = TissuePalette.BACKGROUND.getRGB() & 0xFFFFFF;
        Map<Integer, Integer> bins = new HashMap<>();
        long painted = 0, all = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (distance(rgb, bg) < 40) continue;
                painted++;
                int bin = ((rgb >> 20) & 0xF) << 8 | ((rgb >> 12) & 0xF) << 4 | ((rgb >> 4) & 0xF); // 4 bits per channel
                bins.merge(bin, 1, Integer::sum);
            }
        }
        long floor = Math.max(1, painted / 200);
        int colours = (int) bins.values().stream().filter(n -> n >= floor).count();
        return new Coverage(all == 0 ? 0 : (double) painted / all, colours);
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255)) + Math.abs((a & 255) - (b & 255));
    }

    /** the Console, every tissue view and every chart: on the screen and pairwise apart */
    private void checkLayout(Console console, CarTModelWithUI gui) throws Exception {
        List<Window> windows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Rectangle[] screen = new Rectangle[1];
        List<Rectangle> bounds = new ArrayList<>();
        onEdt(() -> {
            screen[0] = screenBounds();
            windows.add(console);
            names.add("Console");
            for (int i = 0; i < gui.views.size(); i++) {
                windows.add(gui.views.get(i).frame);
                names.add("tissue view " + (i + 1));
            }
            for (JFrame f : gui.charts.frames) {
                windows.add(f);
                names.add("chart '" + f.getTitle() + "'");
            }
            for (Window w : windows) bounds.add(w.isShowing() ? w.getBounds() : null);
        });
        boolean ok = true;
        for (int i = 0; i < bounds.size(); i++) {
            Rectangle b = bounds.get(i);
            if (b == null) {
                failures.add(new AssertionError(names.get(i) + " is not shown"));
                ok = false;
                continue;
            }
            if (!screen[0].contains(b)) {
                failures.add(new AssertionError(names.get(i) + " " + b + " reaches off the screen " + screen[0]));
                ok = false;
            }
            for (int j = 0; j < i; j++) {
                if (bounds.get(j) != null && b.intersects(bounds.get(j))) {
                    failures.add(new AssertionError(names.get(i) + " " + b + " overlaps " + names.get(j) + " " + bounds.get(j)));
                    ok = false;
                }
            }
        }
        if (ok) System.out.printf(Locale.ROOT, "GUI smoke: ok: %d windows on a %d×%d screen, none overlapping%n",
                bounds.size(), screen[0].width, screen[0].height);
    }

    /** each view's narration is its run's event list (the source of events.csv), in order */
    private void checkNarration(CarTModelWithUI gui) throws Exception {
        List<CarTModel> runs = new ArrayList<>();
        List<List<Narration>> told = new ArrayList<>();
        onEdt(() -> {});
        synchronized (gui.state.schedule) { // the model thread is paused: read a consistent state
            runs.addAll(gui.runs());
            told.addAll(gui.narration());
        }
        for (int i = 0; i < runs.size(); i++) {
            List<cartsim.model.EventLog.Event> events = new ArrayList<>(runs.get(i).eventList());
            List<Narration> n = told.get(i);
            boolean same = events.size() == n.size();
            for (int k = 0; same && k < events.size(); k++)
                same = events.get(k).day() == n.get(k).day() && events.get(k).name().equals(n.get(k).event());
            check(same && !events.isEmpty(), "view " + (i + 1) + " narrated all " + events.size() + " events in order");
            for (Narration x : n) System.out.println("GUI smoke:   " + x.text());
        }
    }

    /** a fresh run in teach mode pauses by itself at its first event */
    private void checkTeachMode(Console console, CarTModelWithUI gui, Path a, Path b) throws Exception {
        List<Scenario> next = new ArrayList<>(List.of(ScenarioFiles.load(a, List.of("simulation.seed=2"))));
        if (b != null) next.add(ScenarioFiles.load(b, List.of("simulation.seed=2")));
        onEdt(() -> gui.switchTo(next)); // the Scenarios menu path
        onEdt(() -> gui.setTeachMode(true));
        onEdt(() -> console.pressPlay());
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        int[] state = {Console.PS_PLAYING};
        while (System.currentTimeMillis() < end && failures.isEmpty()) {
            Thread.sleep(50);
            onEdt(() -> state[0] = console.getPlayState());
            if (state[0] == Console.PS_PAUSED) break;
        }
        int narrated = gui.narration().get(0).size();
        check(state[0] == Console.PS_PAUSED && narrated > 0,
                "teach mode paused the run at day " + String.format(Locale.ROOT, "%.2f", gui.model().day())
                        + " after " + narrated + " narrated event(s)");
        long at = gui.model().stepNumber();
        Thread.sleep(300);
        check(gui.model().stepNumber() == at, "the paused run stays paused");
        onEdt(() -> gui.setTeachMode(false));
    }

    /** a deadlocked GUI would hang CI forever: give up after a fixed time whatever the threads do */
    private static void startWatchdog() {
        Thread w = new Thread(() -> {
            try {
                Thread.sleep(4 * TIMEOUT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("GUI smoke failure: no result after " + 4 * TIMEOUT_MS / 1000 + " s (deadlock?)");
            Runtime.getRuntime().halt(1);
        }, "gui-smoke-watchdog");
        w.setDaemon(true);
        w.start();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static double[] rates(long[] now, long[] before, long sinceNanos) {
        double s = seconds(sinceNanos);
        double[] r = new double[now.length];
        for (int i = 0; i < now.length; i++) r[i] = (now[i] - before[i]) / s;
        return r;
    }

    private static String list(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) sb.append(sb.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f", x));
        return sb.toString();
    }

    private static String names(List<Scenario> runs) {
        return String.join(" vs ", runs.stream().map(Scenario::name).toList());
    }

    /** the description's first words, whitespace as the About page writes it */
    private static String firstWords(String text) {
        String t = text.strip().split("\\n+")[0].strip();
        return t.substring(0, Math.min(40, t.length()));
    }

    private static Path sibling(Path png, String suffix) {
        String n = png.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = dot > 0 ? n.substring(0, dot) : n;
        return png.resolveSibling(stem + suffix + ".png");
    }

    /** runs on the Swing thread and fails if it does not finish in time (a stuck or dead EDT) */
    private void onEdt(Runnable r) throws Exception {
        FutureTask<Void> task = new FutureTask<>(r, null);
        SwingUtilities.invokeLater(task);
        task.get(30, TimeUnit.SECONDS);
    }

    private void waitForStep(CarTModelWithUI gui, long step) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (gui.model().stepNumber() < step && !gui.model().finished()) {
            if (!failures.isEmpty()) return;
            if (System.currentTimeMillis() > end) throw new IllegalStateException("model stuck at step " + gui.model().stepNumber());
            Thread.sleep(50);
        }
    }

    private static void selectTab(JTabbedPane tabs, String title) {
        for (int i = 0; i < tabs.getTabCount(); i++)
            if (title.equals(tabs.getTitleAt(i))) tabs.setSelectedIndex(i);
    }

    /** ticks a layer in each display's layer menu, as a user would */
    private static void switchLayer(CarTModelWithUI gui, String name) {
        for (TissueView v : gui.views)
            for (Component c : v.display.popup.getComponents())
                if (c instanceof JCheckBoxMenuItem item && name.equals(item.getText()) && !item.isSelected()) item.doClick();
    }

    private static Rectangle screenBounds() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration().getBounds();
    }

    private static BufferedImage screenshot(Rectangle area) throws Exception {
        return new Robot().createScreenCapture(area);
    }
}
