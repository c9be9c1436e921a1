package cartsim.cli;

/** Exit codes of every cartsim command (documented in the README). */
public final class ExitCodes {
    public static final int OK = 0;
    /** the simulation or tool failed unexpectedly */
    public static final int INTERNAL = 1;
    /** bad input: scenario, sweep or trial file, option or folder */
    public static final int BAD_INPUT = 2;
    /** interrupted (Ctrl-C); nothing half-written is left */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
