package cartsim.model;

import cartsim.model.params.BCellParams;
import cartsim.model.params.LymphodepletionParams;
import cartsim.model.params.Parameters;
import ec.util.MersenneTwisterFast;

/**
 * Normal B cells of the whole patient, counted in patient cells (not on the tile: they are a
 * blood and lymphoid population of ~10¹⁰ cells, well mixed). Marrow output is constant and equals
 * the pre-treatment count over the lifespan; cells leave by natural death, by Flu/Cy during the
 * lymphodepletion course and by CAR-T killing. The kill rate saturates in the whole-body count of
 * functional CAR-T and is scaled by the CAR's own Hill recognition of B-cell antigen, so a
 * BCMA-only CAR cannot touch B cells. Each B cell killed can stimulate CAR-T cells (the CD19 sink).
 *
 * <p>The compartment ticks once an hour of simulated time with exact binomial exits
 * (competing hazards held constant over the tick) and draws from the model's generator in a
 * fixed order, so a seed still fixes the run.
 */
final class BCells {
    /** patient B cells now */
    long cells;
    private long steady;
    private double perUlPerCell, productionPerTick, killMax, halfKill, ldHazardPerDay, stimPerKill, recognition;
    private final int tickSteps;
    private final double tickDays;
    private Parameters params;
    long killedByCart;

    BCells(Parameters params, double dtH, double bloodVolumeUl, CarT cart) {
        tickSteps = Math.max(1, (int) Math.round(1.0 / dtH));
        tickDays = tickSteps * dtH / 24;
        configure(params, bloodVolumeUl, cart);
        cells = steady;
    }

    void configure(Parameters p, double bloodVolumeUl, CarT cart) {
        params = p;
        BCellParams b = p.b_cells();
        double share = p.patient().blood_share_of_circulating_pool();
        // blood holds a fixed share of the circulating lymphocytes (BIONUM: ~2 %)
        steady = Math.round(b.blood_per_ul() * bloodVolumeUl / share);
        perUlPerCell = share / bloodVolumeUl;
        productionPerTick = steady / b.lifespan_days() * tickDays;
        killMax = b.cart_kill_max_per_day();
        halfKill = b.cart_half_kill_cells();
        stimPerKill = b.stimulations_per_kill();
        LymphodepletionParams ld = p.treatment().lymphodepletion();
        ldHazardPerDay = ld.enabled() ? -Math.log(1 - Math.min(b.lymphodepletion_kill_fraction(), 0.999999)) / ld.duration_days() : 0;
        float[] ag = new float[Antigen.COUNT];
        ag[Antigen.CD19] = (float) b.cd19_molecules_per_cell();
        ag[Antigen.CD22] = (float) b.cd22_molecules_per_cell();
        recognition = cart.signalOf(ag); // BCMA = 0 on B cells
    }

    /** blood CD19⁺ B cells per µL */
    double perUl() {
        return cells * perUlPerCell;
    }

    /** advances one base step; the compartment itself moves once per tick */
    void step(CarTModel m, MersenneTwisterFast rng, double day) {
        if (m.stepNo % tickSteps != 0) return;
        LymphodepletionParams ld = params.treatment().lymphodepletion();
        boolean inLd = ld.enabled() && day >= ld.start_day() && day < ld.start_day() + ld.duration_days();
        double c = recognition > 0 && killMax > 0 ? m.functionalCartPatientCells() : 0;
        double kill = killMax * recognition * c / (c + halfKill);
        double natural = 1 / params.b_cells().lifespan_days(), chemo = inLd ? ldHazardPerDay : 0;
        double total = natural + kill + chemo;
        long leave = Binomial.draw(rng, cells, 1 - Math.exp(-total * tickDays));
        long byCart = kill > 0 ? Binomial.draw(rng, leave, kill / total) : 0;
        cells -= leave;
        killedByCart += byCart;
        // constant marrow output; stochastic rounding keeps the expected flux exact
        long born = (long) productionPerTick;
        if (rng.nextDouble() < productionPerTick - born) born++;
        cells += born;
        if (byCart > 0 && stimPerKill > 0) {
            // the CD19 sink: kills off the tile stimulate the tile's cells in proportion (÷ scale,
            // ÷ the sample weight: one agent is w tile cells)
            double agents = byCart * stimPerKill / (m.scale * m.cart.weight);
            int n = (int) agents;
            if (rng.nextDouble() < agents - n) n++;
            if (n > 0) m.cart.stimulate(n, m.stepNo, (float) recognition, rng);
        }
    }
}
