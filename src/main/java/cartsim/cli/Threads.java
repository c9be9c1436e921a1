package cartsim.cli;

/** The --threads option shared by sweep and trial: default all cores, at least one. */
final class Threads {
    private Threads() {}

    static int check(Integer requested) {
        if (requested == null) return Runtime.getRuntime().availableProcessors();
        if (requested < 1) throw new UserError("--threads: " + requested + " is out of range (allowed: 1 or more)");
        return requested;
    }
}
