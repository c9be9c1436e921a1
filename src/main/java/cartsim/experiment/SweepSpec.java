package cartsim.experiment;

import cartsim.scenario.Location;
import cartsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated sweep file with command-line overrides applied.
 *
 * @param base        the base scenario with the sweep's {@code set:}, {@code --set} and days applied
 * @param axes        varied parameters in file order
 * @param samples     number of LHS samples (0 for grid designs)
 */
public record SweepSpec(String name, Path file, Scenario base, long seed, int replicates, Design design, int samples,
                        List<Axis> axes, boolean timeseries) {

    public enum Design {
        GRID, LHS;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Scale { LINEAR, LOG }

    /**
     * One axis of the design: a parameter with explicit values (grid only) or a range, or a
     * linked axis setting several parameters together (e.g. targets with their logic).
     *
     * @param paths  the parameters this axis sets (one, except for linked axes)
     * @param values per grid value: path → canonical value
     * @param points number of grid points of a range (0 for lists and for LHS ranges)
     */
    public record Axis(List<String> paths, List<Map<String, Object>> values, Double from, Double to, int points,
                       Scale scale, Location at) {
        public String path() {
            return paths.get(0);
        }
    }

    public List<String> variedPaths() {
        return axes.stream().flatMap(a -> a.paths().stream()).toList();
    }
}
