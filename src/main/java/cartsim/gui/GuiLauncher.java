package cartsim.gui;

import cartsim.scenario.Scenario;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.Rectangle;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** Opens the MASON Console on one scenario or a side-by-side pair (shared by {@code cartsim gui} and the smoke test). */
public final class GuiLauncher {
    /** pause between steps while playing: a 60-day course plays in about two and a half minutes */
    static final long PLAY_SLEEP_MS = 10;

    private GuiLauncher() {}

    /** builds and shows the Console on the Swing thread; returns it once visible */
    public static Console open(Scenario s) throws InterruptedException {
        return open(List.of(s), false);
    }

    /**
     * @param runs  one scenario, or two to run side by side with the first one's seed
     * @param teach pause at each narrated event
     */
    public static Console open(List<Scenario> runs, boolean teach) throws InterruptedException {
        return open(runs, teach, CarTModelWithUI.screen());
    }

    /** as {@link #open(List, boolean)}, laying the windows out on {@code screen} */
    public static Console open(List<Scenario> runs, boolean teach, Rectangle screen) throws InterruptedException {
        Console[] out = new Console[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                CarTModelWithUI gui = new CarTModelWithUI(runs, runs.get(0).i("simulation.seed"));
                Console c = new Console(gui);
                c.setPlaySleep(PLAY_SLEEP_MS);
                gui.setTeachMode(teach);
                gui.installAbout(c);
                gui.arrangeWindows(screen);
                c.setVisible(true);
                out[0] = c;
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
        return out[0];
    }
}
