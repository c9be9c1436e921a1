package cartsim.gui;

import cartsim.scenario.Scenario;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.lang.reflect.InvocationTargetException;

/** Opens the MASON Console on a scenario (shared by {@code cartsim gui} and the smoke test). */
public final class GuiLauncher {
    /** pause between steps while playing: a 60-day course plays in about two and a half minutes */
    static final long PLAY_SLEEP_MS = 10;

    private GuiLauncher() {}

    /** builds and shows the Console on the Swing thread; returns it once visible */
    public static Console open(Scenario s) throws InterruptedException {
        Console[] out = new Console[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                CarTModelWithUI gui = new CarTModelWithUI(s);
                Console c = new Console(gui);
                c.setPlaySleep(PLAY_SLEEP_MS);
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
