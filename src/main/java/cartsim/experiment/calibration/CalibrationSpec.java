package cartsim.experiment.calibration;

import cartsim.experiment.TrialSpec;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated calibration file: which trial figures to match, which parameters may move, how to
 * search and how much to spend.
 *
 * @param population  candidates per generation (CMA-ES λ, ABC-SMC particles proposed per generation)
 * @param sigma       CMA-ES initial step size, in units of each parameter's range on its scale
 * @param quantile    ABC-SMC share of each generation's proposals kept (sets the next tolerance)
 */
public record CalibrationSpec(String name, Path file, long seed, Method method, int evaluations, Integer patients,
                              List<Target> targets, List<FreeParameter> free, int population, double sigma,
                              double quantile) {

    public enum Method {
        CMAES("cmaes"), ABC_SMC("abc-smc");

        public final String word;

        Method(String word) {
            this.word = word;
        }

        public static final List<String> WORDS = java.util.Arrays.stream(values()).map(m -> m.word).toList();

        static Method of(String word) {
            for (Method m : values()) if (m.word.equals(word)) return m;
            throw new IllegalArgumentException(word);
        }
    }

    /** one trial file whose published figures are matched; {@code trial} has the budget's patients applied */
    public record Target(String id, Path file, TrialSpec trial, List<MetricTarget> metrics) {}

    /**
     * One published figure and how much a miss costs: {@code weight × (simulated − published)²},
     * where an sd gives weight 1/sd².
     */
    public record MetricTarget(String metric, double published, double weight, String spread) {}

    public int generations() {
        return evaluations / population;
    }

    /** every (target, metric) pair in file order: the columns of evaluations.csv */
    public List<String> targetKeys() {
        return targets.stream().flatMap(t -> t.metrics().stream().map(m -> t.id() + ":" + m.metric())).toList();
    }
}
