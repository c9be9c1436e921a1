package cartsim.experiment.calibration;

import java.util.List;

/**
 * An ask/tell search in the unit cube of the free parameters. Generation g's candidates depend
 * only on the seed and the losses told for generations before g, so a fresh search told the
 * journal's losses in order is in the same state as the one that wrote them: this is how
 * --resume and separate --ask/--tell processes continue exactly.
 */
interface Search {
    int population();

    /** generation g's candidates (unit-cube coordinates, possibly outside it for CMA-ES), in a fixed order */
    List<double[]> ask(int generation);

    /** generation g's losses, in ask order */
    void tell(int generation, double[] losses);

    static Search of(CalibrationSpec spec) {
        return switch (spec.method()) {
            case CMAES -> new Cmaes(spec);
            case ABC_SMC -> new AbcSmc(spec);
        };
    }
}
