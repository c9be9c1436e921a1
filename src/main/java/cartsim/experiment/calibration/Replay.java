package cartsim.experiment.calibration;

import cartsim.experiment.BadFolderException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The search rebuilt from the journal: a fresh, seeded search is told the journaled losses
 * generation by generation until it reaches a generation that is not complete. Every way of
 * running a calibration (in one process, resumed, or --ask/--tell in many) goes through this, so
 * they all continue from the same state.
 */
final class Replay {
    final CalibrationSpec spec;
    final Search search;
    /** complete generations' evaluations, in evaluation order */
    final List<Evaluation> evaluations = new ArrayList<>();
    /** the first incomplete generation (= generations when done) and its candidates' values */
    int generation;
    List<double[]> candidates = List.of();
    /** evaluations of that generation still to do, in order */
    final List<Integer> missing = new ArrayList<>();

    private Replay(CalibrationSpec spec) {
        this.spec = spec;
        this.search = Search.of(spec);
    }

    static Replay of(CalibrationSpec spec, Map<Integer, Evaluation> journal) throws BadFolderException {
        Replay r = new Replay(spec);
        int pop = spec.population();
        for (int g = 0; g < spec.generations(); g++) {
            List<double[]> asked = r.search.ask(g);
            List<double[]> values = new ArrayList<>();
            double[] losses = new double[pop];
            for (int k = 0; k < pop; k++) {
                double[] v = values(spec, asked.get(k));
                values.add(v);
                Evaluation e = journal.get(g * pop + k);
                if (e == null) {
                    r.missing.add(g * pop + k);
                    continue;
                }
                if (!Arrays.equals(v, e.values())) {
                    throw new BadFolderException("evaluation " + e.index() + " in the folder was of other parameter values "
                            + "than this calibration asks for: the folder belongs to another calibration or cartsim version");
                }
                losses[k] = e.loss();
            }
            if (!r.missing.isEmpty()) {
                r.generation = g;
                r.candidates = values;
                return r;
            }
            for (int k = 0; k < pop; k++) r.evaluations.add(journal.get(g * pop + k));
            r.search.tell(g, losses);
        }
        r.generation = spec.generations();
        return r;
    }

    boolean done() {
        return generation == spec.generations();
    }

    /** the values of evaluation {@code index} of the current generation */
    double[] valuesOf(int index) {
        return candidates.get(index - generation * spec.population());
    }

    /** parameter values of a unit-cube point: clipped into the bounds, rounded to 6 digits */
    static double[] values(CalibrationSpec spec, double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) v[i] = spec.free().get(i).value(u[i]);
        return v;
    }
}
