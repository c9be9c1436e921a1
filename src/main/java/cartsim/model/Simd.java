package cartsim.model;

/**
 * Whether the model runs its SIMD lanes (JDK 17's incubating Vector API). The launcher and the
 * test runner start the JVM with {@code --add-modules jdk.incubator.vector}; without it (the GUI
 * smoke run, the tests' child processes) every lane kernel's scalar twin runs instead, with the
 * same numbers: each kernel does the scalar code's operations in its order, and the Vector API
 * neither fuses nor reorders them. The classes holding vector types are loaded only when the
 * module is there. {@code -Dcartsim.scalarLanes=true} forces the scalar twins.
 *
 * <p>Until the JIT has compiled them, lane kernels run the Vector API's Java fallback, which boxes
 * every lane and is far slower than scalar code (measured: a single 60-day run took 0.6 s longer
 * with the lanes). So the lanes are for jobs of many runs: {@link #enable} starts a daemon thread
 * that warms the kernels up on made-up data (about half a second of one core), and the model uses
 * the lanes from the moment that is done ({@link #ready}). Which path computes a step does not
 * change a result.
 */
public final class Simd {
    static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("cartsim.scalarLanes");
    private static volatile boolean warm;
    private static Thread warmUp;

    private Simd() {
    }

    /**
     * Lets the model use the lanes once they are compiled (sweeps, trials, calibration, the
     * benchmark: many runs in one JVM). Does nothing without the module; safe to call again.
     */
    public static synchronized void enable() {
        if (!AVAILABLE || warmUp != null) return;
        warmUp = new Thread(Simd::warmUp, "cartsim-lanes-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** true once the lane kernels are compiled: callers use them from then on, else their scalar twins */
    static boolean ready() {
        return warm;
    }

    /** enables the lanes and waits up to {@code millis} for the warm-up; returns {@link #ready()} */
    public static boolean enableAndWait(long millis) throws InterruptedException {
        enable();
        Thread t;
        synchronized (Simd.class) {
            t = warmUp;
        }
        if (t != null) t.join(millis);
        return warm;
    }

    private static void warmUp() {
        try {
            VectorStencil.warmUp();
            MacrophageLanes.warmUp();
            warm = true;
        } catch (Throwable e) {
            // a JVM that cannot run the lanes keeps the scalar twins, with the same numbers
        }
    }
}
