package cartsim.model;

import cartsim.model.params.Parameters;
import cartsim.model.params.PlasmaCellParams;
import ec.util.MersenneTwisterFast;

/**
 * Normal plasma cells of the whole patient, counted in patient cells, and serum soluble BCMA
 * (sBCMA). Plasma cells are made and die at a constant turnover and are killed by CARs that
 * recognise their BCMA (a saturating law in the whole-body functional CAR-T count, as for B
 * cells). sBCMA relaxes, with its serum half-life, toward a level proportional to the
 * BCMA-expressing cells (normal plasma cells plus BCMA⁺ tumor, tile cells × scale). It binds the
 * CAR's BCMA-binding domain, so the BCMA arm's recognition signal is multiplied by
 * 1/(1 + sBCMA/S½) (handed to the agents as {@link StepModifiers#bcmaDecoy}).
 *
 * <p>Ticks once an hour of simulated time; exact binomial exits from the model's generator.
 */
final class PlasmaCells {
    long cells;
    /** serum soluble BCMA, ng/mL */
    double sbcma;
    private PlasmaCellParams p;
    private long steady;
    private double productionPerTick, recognition, halfInhibition, detectionLimit;
    private final int tickSteps;
    private final double tickDays;
    private final double scale;

    PlasmaCells(Parameters params, double dtH, CarT cart, Tumor tumor, double scale) {
        tickSteps = Math.max(1, (int) Math.round(1.0 / dtH));
        tickDays = tickSteps * dtH / 24;
        this.scale = scale;
        configure(params, cart);
        cells = steady;
        sbcma = target(tumor);
    }

    void configure(Parameters params, CarT cart) {
        p = params.plasma_cells();
        steady = Math.round(p.normal_cells());
        productionPerTick = steady / p.lifespan_days() * tickDays;
        halfInhibition = p.sbcma_half_inhibition_ng_per_ml();
        detectionLimit = params.disease().antigen_detection_limit_molecules();
        float[] ag = new float[Antigen.COUNT];
        ag[Antigen.BCMA] = (float) p.bcma_molecules_per_cell(); // plasma cells have lost CD19 and CD22
        recognition = cart.signalOf(ag);
    }

    /** factor on the BCMA arm's signal this step */
    double decoy() {
        return 1 / (1 + sbcma / halfInhibition);
    }

    /** the sBCMA level the current BCMA-expressing cells hold the serum at */
    private double target(Tumor tumor) {
        long bcmaTumor = 0;
        float[] bcma = tumor.agCur[Antigen.BCMA];
        for (int s = 0; s < tumor.n; s++) if (tumor.state[s] == Tumor.LIVE && bcma[s] >= detectionLimit && bcma[s] > 0) bcmaTumor++;
        return p.sbcma_ng_per_ml_per_1e9_cells() * (cells + bcmaTumor * scale) / 1e9;
    }

    void step(CarTModel m, MersenneTwisterFast rng) {
        if (m.stepNo % tickSteps != 0) return;
        // the decoy also shields plasma cells: their only CAR antigen is BCMA
        double r = recognition * decoy();
        double c = r > 0 && p.cart_kill_max_per_day() > 0 ? m.functionalCartPatientCells() : 0;
        double kill = p.cart_kill_max_per_day() * r * c / (c + p.cart_half_kill_cells());
        double total = 1 / p.lifespan_days() + kill;
        cells -= Binomial.draw(rng, cells, 1 - Math.exp(-total * tickDays));
        long born = (long) productionPerTick;
        if (rng.nextDouble() < productionPerTick - born) born++;
        cells += born;
        // first-order relaxation, exact over the tick for a target held constant during it
        double target = target(m.tumor);
        sbcma = target + (sbcma - target) * Math.exp(-Math.log(2) / p.sbcma_half_life_days() * tickDays);
    }
}
