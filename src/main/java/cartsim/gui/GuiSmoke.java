package cartsim.gui;

import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import sim.display.Console;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * GUI smoke test for a real (or virtual, Xvfb) display: opens the Console on the classroom
 * scenario, plays, opens every chart and the Model tab, turns controls and a heat-map layer,
 * measures the display frame rate, saves a screenshot and exits non-zero on any exception in any
 * thread or a stuck Swing thread. Usage: {@code GuiSmoke OUT.png [STEPS] [SCENARIO]}; the scenario
 * defaults to the classroom one.
 */
public final class GuiSmoke {
    private static final long TIMEOUT_MS = 120_000;
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

    private GuiSmoke() {}

    public static void main(String[] args) {
        System.exit(new GuiSmoke().run(args));
    }

    int run(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "gui-smoke.png");
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 1500;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> failures.add(e));
        startWatchdog();
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("GUI smoke: no display (run under xvfb-run)");
            return 1;
        }
        try {
            Scenario s = ScenarioFiles.load(args.length > 2 ? Path.of(args[2]) : null, List.of());
            Console console = GuiLauncher.open(s);
            CarTModelWithUI gui = (CarTModelWithUI) console.getSimulation();
            onEdt(() -> arrange(console, gui));
            // flat out first, no pause between steps: the display must keep up on its own
            onEdt(() -> console.setPlaySleep(0));
            onEdt(() -> console.pressPlay());
            waitForStep(gui, 1);
            long f0 = gui.framesDrawn(), s0 = gui.model().stepNumber(), t0 = System.nanoTime();
            Thread.sleep(1000);
            double fpsMax = (gui.framesDrawn() - f0) / seconds(t0), spsMax = (gui.model().stepNumber() - s0) / seconds(t0);
            onEdt(() -> console.setPlaySleep(GuiLauncher.PLAY_SLEEP_MS));
            waitForStep(gui, steps / 3);

            onEdt(() -> {
                for (JFrame f : gui.charts.frames) f.setVisible(true);
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

            long f1 = gui.framesDrawn(), s1 = gui.model().stepNumber(), t1 = System.nanoTime();
            waitForStep(gui, steps);
            double fps = (gui.framesDrawn() - f1) / seconds(t1), sps = (gui.model().stepNumber() - s1) / seconds(t1);
            onEdt(() -> console.pressPause());
            onEdt(gui::refreshModelTab); // control changes made while playing landed at a later step
            Thread.sleep(800); // let the last repaints land before the screenshot
            onEdt(() -> {});
            BufferedImage shot = screenshot();
            ImageFiles.writePng(shot, out);
            System.out.printf(Locale.ROOT, "GUI smoke: %d×%d lattice, day %.1f after %d steps; classroom speed: display %.1f frames/s at %.0f steps/s; "
                            + "flat out: display %.1f frames/s at %.0f steps/s; screenshot %s%n",
                    gui.model().width, gui.model().height, gui.model().day(), gui.model().stepNumber(), fps, sps, fpsMax, spsMax, out);
            // the Scenarios menu path: a freshly loaded scenario replaces the model and plays
            Scenario next = ScenarioFiles.load(args.length > 2 ? Path.of(args[2]) : null, List.of("simulation.seed=2"));
            onEdt(() -> gui.switchScenario(next));
            onEdt(() -> console.pressPlay());
            waitForStep(gui, 50);
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

    /** console left, tissue right of it, charts along the bottom: everything visible on a 1600×1000 screen */
    private static void arrange(Console console, CarTModelWithUI gui) {
        console.setBounds(0, 0, 430, 690);
        gui.displayFrame.setLocation(440, 0);
        for (int i = 0; i < gui.charts.frames.length; i++) gui.charts.frames[i].setBounds(i * 533, 695, 530, 305);
    }

    private static void selectTab(JTabbedPane tabs, String title) {
        for (int i = 0; i < tabs.getTabCount(); i++)
            if (title.equals(tabs.getTitleAt(i))) tabs.setSelectedIndex(i);
    }

    /** ticks a layer in the display's layer menu, as a user would */
    private static void switchLayer(CarTModelWithUI gui, String name) {
        for (Component c : gui.display.popup.getComponents())
            if (c instanceof JCheckBoxMenuItem item && name.equals(item.getText()) && !item.isSelected()) item.doClick();
    }

    private static BufferedImage screenshot() throws Exception {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        return new Robot().createScreenCapture(screen);
    }
}
