package cartsim.experiment;

import cartsim.scenario.Location;
import cartsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

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
     * One varied parameter: explicit values (grid only) or a range.
     *
     * @param values canonical values for a list, or the generated grid values of a range
     * @param points number of grid points of a range (0 for lists and for LHS ranges)
     */
    public record Axis(String path, List<Object> values, Double from, Double to, int points, Scale scale, Location at) {
        public boolean isRange() {
            return from != null;
        }
    }

    public List<String> variedPaths() {
        return axes.stream().map(Axis::path).toList();
    }
}
