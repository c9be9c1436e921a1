package cartsim.experiment;

/** The cartsim version, from the jar manifest (set by Maven), "dev" when run from classes. */
public final class BuildInfo {
    private BuildInfo() {}

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }
}
