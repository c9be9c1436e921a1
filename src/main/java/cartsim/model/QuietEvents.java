package cartsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The chances of a quiet CAR-T cell, per state (tissue or blood) and phenotype, as the calendar
 * uses them. A quiet cell meets up to three chances each step, in the reference's order: death
 * p₁, then a move p₂ (egress from tissue, an infiltration attempt from the blood), then memory
 * conversion p₃ (effectors only). With q = ∏(1 − pⱼ), the step of its next event is geometric
 * with success chance 1 − q, and in that step the first event is j with chance
 * pⱼ·∏(1 − pᵢ, i &lt; j)/(1 − q).
 */
final class QuietEvents {
    static final int DEATH = 0, MOVE = 1, MEMORY = 2;
    private static final int STATES = 6;

    /** ln q, 1 − q, and the cumulative chances of "death first" and "death or move first" */
    private final double[] lnNone = new double[STATES], any = new double[STATES],
            deathCut = new double[STATES], moveCut = new double[STATES];
    /** the last event that can happen in the state (so rounding cannot pick one of chance zero) */
    private final int[] last = new int[STATES];

    /** the table row of a cell in the blood or in tissue with this phenotype (MEMORY, EFFECTOR, EXHAUSTED) */
    static int state(boolean blood, byte phenotype) {
        return (blood ? 3 : 0) + phenotype;
    }

    /**
     * Fills the tables from the per-step chances of unstimulated cells; the death chance combines
     * the phenotype's with host rejection as independent hazards, exactly as the reference does.
     */
    void tables(double pDieEff, double pDieMem, double pDieExh, double rejection, double pEgress, double pInfiltrate, double pToMemory) {
        for (int blood = 0; blood < 2; blood++)
            for (byte ph = CarT.MEMORY; ph <= CarT.EXHAUSTED; ph++) {
                double pDie = ph == CarT.EFFECTOR ? pDieEff : ph == CarT.MEMORY ? pDieMem : pDieExh;
                double p1 = 1 - (1 - pDie) * (1 - rejection);
                // exhausted cells stay in the tissue (the reference offers them no egress)
                double p2 = blood == 1 ? pInfiltrate : ph != CarT.EXHAUSTED ? pEgress : 0;
                double p3 = ph == CarT.EFFECTOR ? pToMemory : 0;
                set(state(blood == 1, ph), p1, p2, p3);
            }
    }

    private void set(int c, double p1, double p2, double p3) {
        lnNone[c] = Math.log1p(-p1) + Math.log1p(-p2) + Math.log1p(-p3);
        any[c] = -Math.expm1(lnNone[c]);
        deathCut[c] = p1;
        moveCut[c] = p1 + (1 - p1) * p2;
        last[c] = p3 > 0 ? MEMORY : p2 > 0 ? MOVE : DEATH;
    }

    /**
     * The step of the next event of a cell in state c, counting this step as the first trial:
     * floor(ln(1 − u)/ln q) steps without one, by inversion, so P(none in k steps) = q^k.
     */
    int draw(int c, int now, MersenneTwisterFast rng) {
        double lq = lnNone[c];
        if (lq == 0) return Integer.MAX_VALUE; // nothing can happen to this cell while it stays quiet
        double wait = Math.floor(Math.log(1 - rng.nextDouble()) / lq);
        return now + wait >= Integer.MAX_VALUE ? Integer.MAX_VALUE : now + (int) wait;
    }

    /** which event comes first in a step known to hold one, from a uniform u in [0, 1) */
    int which(int c, double u) {
        double x = u * any[c];
        int e = x < deathCut[c] ? DEATH : x < moveCut[c] ? MOVE : MEMORY;
        return Math.min(e, last[c]);
    }

    /** per-step chance that a cell in state c meets any event (for tests) */
    double anyEvent(int c) {
        return any[c];
    }
}
