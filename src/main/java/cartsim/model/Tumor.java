package cartsim.model;

import cartsim.model.params.AntigenParams;
import cartsim.model.params.Parameters;
import cartsim.model.params.Target;
import ec.util.MersenneTwisterFast;

/**
 * Tumor cells, at most one per lattice site, stored as primitive arrays indexed by site
 * (y·width + x). A cell divides into a free neighbouring site (contact inhibition when none is
 * free), dies by apoptosis, carries heritable and current densities of each antigen and a PD-L1
 * level. Division can heritably lose an antigen or switch lineage; trogocytosis lowers the
 * current density, which recovers toward the heritable level.
 */
public final class Tumor {
    public static final byte EMPTY = 0, LIVE = 1;

    public final int w, h, n;
    public final byte[] state;
    /** heritable antigen level per antigen (molecules/cell); 0 = lost */
    public final float[][] agBase = new float[Antigen.COUNT][];
    /** current antigen level (lowered by trogocytosis) */
    public final float[][] agCur = new float[Antigen.COUNT][];
    public final float[] pdl1;
    /** engaged by a CAR-T right now (a target holds one synapse at a time) */
    public final boolean[] engaged;
    /**
     * Per site, the step of the cell's next division-or-death event (event calendar), or, in the
     * step-by-step reference, the step at which the cell was last updated (so a newborn daughter
     * is not updated twice). One array serves both: a run uses one mode throughout.
     */
    final int[] clock;
    /** steps left of the "just killed" flash, for display */
    public final byte[] flash;
    public final boolean[] lineageSwitched;
    /** bumped whenever the cell at a site dies, so a synapse can tell its own target from a newcomer */
    final int[] generation;
    /**
     * One bit per site: live cell, and flash still showing. The step visits only set bits, in
     * ascending site order as a scan would, so the work follows the cells, not the lattice
     */
    private final long[] liveBits, flashBits;
    /**
     * per antigen, one bit per site: a live cell whose current level of that antigen is below its
     * heritable level (recovering). Per antigen, because only the CAR's targets are ever stripped:
     * recovery then never touches the other antigens' arrays
     */
    private final long[][] strippedBits;
    /** the division-or-death events to come, when the calendar is on */
    private final EventQueue events = new EventQueue();
    /** the step being simulated (0 while the tile is seeded): new cells draw their first event after it */
    private int now;
    /** division-or-death events handled so far (the calendar's explicit work) */
    public long eventsDone;
    /**
     * Which Moore neighbours of each site hold a live tumor cell: bit k for {@link Lattice}'s
     * direction k (E, SE, S, SW, W, NW, N, NE; even bits are the sides). Kept on every birth and
     * death, so a CAR-T cell reads in one byte which neighbours it could engage or climb toward.
     */
    public final byte[] liveAround;
    public int live;
    /** the patient-scale escape subclones (antigen-loss variants the tile would hold as a fraction of a cell) */
    final TumorClones clones = new TumorClones();
    /** division attempts and successes since the last clone tick (contact inhibition, read by the clones) */
    long divisionAttempts, divisionsDone;
    /** product of the treatment survival chances since the last clone tick */
    double treatmentSurvival = 1;
    private double[] seedNegativeFraction = new double[Antigen.COUNT];
    /** last step at which some site may still show the kill flash */
    int flashEndStep;
    /** apoptotic deaths so far */
    public long apoptoses;
    private final Lattice lat;
    /** the per-site columns, listed once (for the byte count; the lattice never grows) */
    final CellStore store = new CellStore();

    // per-step probabilities
    private double pDie, pDivide, lineageSwitch;
    /** event calendar: per-step chance of an event, ln(1 − it), and the share of events that are deaths */
    private double pEvent, logNoEvent, deathShare;
    private boolean calendar;
    private final double[] lossPerDivision = new double[Antigen.COUNT];
    private final float[] recoverKeep = new float[Antigen.COUNT];

    Tumor(int w, int h) {
        this.w = w;
        this.h = h;
        this.n = w * h;
        this.lat = new Lattice(w, h);
        state = new byte[n];
        for (int a = 0; a < Antigen.COUNT; a++) {
            agBase[a] = new float[n];
            agCur[a] = new float[n];
        }
        pdl1 = new float[n];
        engaged = new boolean[n];
        clock = new int[n];
        flash = new byte[n];
        lineageSwitched = new boolean[n];
        generation = new int[n];
        liveBits = new long[(n + 63) >>> 6];
        flashBits = new long[(n + 63) >>> 6];
        strippedBits = new long[Antigen.COUNT][(n + 63) >>> 6];
        liveAround = new byte[n];
        store.column(() -> state, a -> {}).column(() -> liveAround, a -> {}).column(() -> pdl1, a -> {}).column(() -> engaged, a -> {})
                .column(() -> clock, a -> {}).column(() -> flash, a -> {}).column(() -> lineageSwitched, a -> {})
                .column(() -> generation, a -> {});
        for (int a = 0; a < Antigen.COUNT; a++) {
            final int k = a;
            store.column(() -> agBase[k], x -> {}).column(() -> agCur[k], x -> {});
        }
    }

    /**
     * Derives the per-step rates. Called again with new parameters (the GUI's live tuning), it
     * returns true when the calendar's waiting times must be drawn again ({@link #reschedule}).
     */
    boolean configure(Parameters params, double dtH) {
        double oldEvent = pEvent;
        boolean oldCalendar = calendar;
        var d = params.disease();
        double birth = Math.log(2) / d.doubling_time_h();          // 1/h
        double death = d.apoptosis_rate_per_day() / 24.0;            // 1/h
        // competing hazards: one draw decides death, division or nothing with exact probabilities
        double total = 1 - Math.exp(-(birth + death) * dtH);
        pDie = total * death / (birth + death);
        pDivide = total * birth / (birth + death);
        pEvent = pDie + pDivide;
        logNoEvent = Math.log1p(-pEvent);
        deathShare = pEvent > 0 ? pDie / pEvent : 0;
        calendar = params.simulation().tumor_event_calendar();
        lineageSwitch = d.lineage_switch_per_division();
        clones.configure(params);
        for (Target t : Target.values()) {
            AntigenParams ag = params.antigen(t);
            lossPerDivision[t.ordinal()] = ag.loss_per_division();
            recoverKeep[t.ordinal()] = (float) Math.exp(-ag.recovery_rate_per_day() / 24.0 * dtH);
        }
        return live > 0 && (oldEvent != pEvent || oldCalendar != calendar);
    }

    /** places a new cell with antigen levels drawn from the disease's log-normal distributions */
    void seedCell(int s, Parameters params, MersenneTwisterFast rng) {
        markLive(s);
        for (Target t : Target.values()) {
            AntigenParams ag = params.antigen(t);
            int a = t.ordinal();
            float level = 0;
            if (ag.mean_molecules_per_cell() > 0 && rng.nextDouble() >= seedNegativeFraction[a])
                level = (float) logNormal(rng, ag.mean_molecules_per_cell(), ag.cv());
            agBase[a][s] = level;
            agCur[a][s] = level;
        }
        var d = params.disease();
        pdl1[s] = d.pdl1_mean_molecules_per_cell() > 0 ? (float) logNormal(rng, d.pdl1_mean_molecules_per_cell(), d.pdl1_cv()) : 0f;
        notStripped(s);
        if (calendar) schedule(s, rng);
    }

    /**
     * Draws the step of the cell's next event: the number of steps to the first success of
     * Bernoulli(pEvent) trials is geometric, by inversion, so the per-step chance is the
     * reference's (a waiting time with a constant hazard has no memory).
     */
    private void schedule(int s, MersenneTwisterFast rng) {
        clock[s] = -1;
        if (pEvent <= 0) return;
        double wait = 1 + Math.floor(Math.log(1 - rng.nextDouble()) / logNoEvent);
        if (now + wait >= Integer.MAX_VALUE) return; // beyond any run
        clock[s] = now + (int) wait;
        events.add(clock[s], s);
    }

    /**
     * After new parameters (the GUI's live tuning): every live cell's waiting time is drawn again
     * at the new rates, which is exact because the waiting times have no memory.
     */
    void reschedule(MersenneTwisterFast rng) {
        events.clear();
        java.util.Arrays.fill(clock, -1);
        if (!calendar) return;
        for (int w = 0; w < liveBits.length; w++)
            for (long bits = liveBits[w]; bits != 0; bits &= bits - 1) schedule((w << 6) + Long.numberOfTrailingZeros(bits), rng);
    }

    /**
     * A cell put on site s by hand (hand-built states of tests and pictures), with these current
     * and heritable antigen levels (indexed by {@link Antigen}); it draws its first event like any
     * new cell. A live cell there only gets the new levels.
     */
    void putCell(int s, float[] antigen, MersenneTwisterFast rng) {
        boolean fresh = state[s] != LIVE;
        if (fresh) markLive(s);
        for (int a = 0; a < Antigen.COUNT; a++) {
            agBase[a][s] = antigen[a];
            agCur[a][s] = antigen[a];
        }
        notStripped(s);
        if (fresh && calendar) schedule(s, rng);
    }

    /** empties the tile (hand-built states): every cell removed as by a death, no flash left */
    void clearAll() {
        for (int w = 0; w < liveBits.length; w++)
            for (long bits = liveBits[w]; bits != 0; bits &= bits - 1) remove((w << 6) + Long.numberOfTrailingZeros(bits));
        java.util.Arrays.fill(flash, (byte) 0);
        java.util.Arrays.fill(flashBits, 0L);
        events.clear();
    }

    /** the cell at s (new, or gone) recovers no antigen */
    private void notStripped(int s) {
        for (long[] stripped : strippedBits) stripped[s >>> 6] &= ~(1L << s);
    }

    /** trogocytosis: the cell at s keeps {@code keep} of its current level of antigen a; it recovers from there */
    void strip(int s, int a, float keep) {
        agCur[a][s] *= keep;
        if (agCur[a][s] < agBase[a][s]) strippedBits[a][s >>> 6] |= 1L << s;
    }

    /** the tile's own share of pre-existing negatives per antigen (the clone ledger holds the rest) */
    void seedNegativeFractions(double[] f) {
        seedNegativeFraction = f.clone();
    }

    /** the lost-antigen mask of the cell at s: bit a set when the disease expresses antigen a and the cell has none */
    int lostMask(int s) {
        int m = 0;
        for (int a = 0; a < Antigen.COUNT; a++) if (clones.expressed[a] && agBase[a][s] <= 0) m |= 1 << a;
        return m;
    }

    /**
     * Places up to k cells of escape variant {@code mask} on random free sites (a subclone of the
     * ledger that has grown to tile size); returns how many found room.
     */
    int placeClone(int mask, int k, Parameters params, MersenneTwisterFast rng) {
        int free = n - live;
        if (free <= 0 || k <= 0) return 0;
        int[] sites = new int[free];
        int f = 0;
        for (int s = 0; s < n; s++) if (state[s] == EMPTY) sites[f++] = s;
        int placed = Math.min(k, f);
        for (int i = 0; i < placed; i++) { // partial Fisher–Yates: a uniform choice of free sites
            int j = i + rng.nextInt(f - i);
            int s = sites[j];
            sites[j] = sites[i];
            sites[i] = s;
            seedCell(s, params, rng);
            for (int a = 0; a < Antigen.COUNT; a++)
                if ((mask >> a & 1) == 1) {
                    agBase[a][s] = 0;
                    agCur[a][s] = 0;
                }
            engaged[s] = false;
        }
        return placed;
    }

    /** log-normal with the given mean and coefficient of variation */
    static double logNormal(MersenneTwisterFast rng, double mean, double cv) {
        if (cv <= 0) return mean;
        double s2 = Math.log(1 + cv * cv);
        return mean * Math.exp(Math.sqrt(s2) * rng.nextGaussian() - s2 / 2);
    }

    /**
     * Advances every live cell one step. Returns the number of cells carried through it
     * (agent-steps).
     */
    long step(int stepNo, MersenneTwisterFast rng, CarTModel m) {
        now = stepNo;
        if (live == 0 && stepNo > flashEndStep) return 0; // an empty tile with nothing left to fade: no work
        // the kill flash (display only) counts down where it shows
        for (int w = 0; w < flashBits.length; w++) {
            for (long bits = flashBits[w]; bits != 0; bits &= bits - 1) {
                int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (--flash[s] <= 0) flashBits[w] &= ~(1L << s);
            }
        }
        return calendar ? stepByEvents(stepNo, rng) : stepEachCell(stepNo, rng);
    }

    /**
     * The event calendar: stripped antigen recovers on the cells that lost some, then only the cells
     * whose event falls due now act, in ascending site order as in the reference scan. A cell
     * born now draws its first event from the next step on, as the reference skips it this step.
     */
    private long stepByEvents(int stepNo, MersenneTwisterFast rng) {
        long carried = live;
        // each (site, antigen) recovers on its own, so antigen by antigen gives the same floats
        for (int a = 0; a < Antigen.COUNT; a++) {
            final long[] stripped = strippedBits[a];
            final float[] baseOf = agBase[a], curOf = agCur[a];
            final float keep = recoverKeep[a];
            for (int w = 0; w < stripped.length; w++) {
                for (long bits = stripped[w]; bits != 0; bits &= bits - 1) {
                    int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                    float base = baseOf[s], cur = curOf[s];
                    if (cur < base) {
                        cur = base - (base - cur) * keep;
                        curOf[s] = cur;
                    }
                    if (cur >= base) stripped[w] &= ~(1L << s);
                }
            }
        }
        while (events.dueBy(stepNo)) {
            int s = events.pollSite();
            // a dead cell's entry, or a second entry of a cell that already acted
            if (state[s] != LIVE || clock[s] != stepNo) continue;
            eventsDone++;
            if (rng.nextDouble() < deathShare) {
                remove(s);
                apoptoses++;
            } else {
                divide(s, stepNo, rng);
                schedule(s, rng);
            }
        }
        return carried;
    }

    /** the step-by-step reference: one draw per live cell per step */
    private long stepEachCell(int stepNo, MersenneTwisterFast rng) {
        long advanced = 0;
        final double pD = pDie, pDD = pDie + pDivide;
        for (int w = 0; w < liveBits.length; w++) {
            // this word as it was: a daughter born into it now is new this step and not advanced
            for (long bits = liveBits[w]; bits != 0; bits &= bits - 1) {
                int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (state[s] != LIVE || clock[s] == stepNo) continue;
                advanced++;
                clock[s] = stepNo;
                for (int a = 0; a < Antigen.COUNT; a++) {
                    float base = agBase[a][s], cur = agCur[a][s];
                    if (cur < base) agCur[a][s] = base - (base - cur) * recoverKeep[a];
                }
                double u = rng.nextDouble();
                if (u < pD) {
                    remove(s);
                    apoptoses++;
                } else if (u < pDD) {
                    divide(s, stepNo, rng);
                }
            }
        }
        return advanced;
    }

    /** the site's bits, for tests: live cell, flash showing */
    boolean liveBit(int s) {
        return (liveBits[s >>> 6] >>> s & 1) != 0;
    }

    boolean flashBit(int s) {
        return (flashBits[s >>> 6] >>> s & 1) != 0;
    }

    /** bytes of the site bitsets (not per-site columns: one bit each) and of the event calendar */
    long bitsetBytes() {
        return 8L * (liveBits.length + flashBits.length + (long) Antigen.COUNT * strippedBits[0].length) + events.bytes();
    }

    /** shows the "just killed" flash at site s for the given number of steps (display only) */
    void flash(int s, byte steps) {
        flash[s] = steps;
        if (steps > 0) flashBits[s >>> 6] |= 1L << s;
    }

    void remove(int s) {
        state[s] = EMPTY;
        liveBits[s >>> 6] &= ~(1L << s);
        notStripped(s);
        around(s, false);
        engaged[s] = false;
        generation[s]++;
        live--;
    }

    private void markLive(int s) {
        state[s] = LIVE;
        liveBits[s >>> 6] |= 1L << s;
        around(s, true);
        live++;
    }

    /** sets (live) or clears the bit that points at s in the masks of its neighbours */
    private void around(int s, boolean live) {
        for (int k = 0; k < 8; k++) {
            if (!lat.has8(s, k)) continue;
            int q = s + lat.off8[k];
            int bit = 1 << ((k + 4) & 7); // seen from q, s lies the opposite way
            liveAround[q] = (byte) (live ? liveAround[q] | bit : liveAround[q] & ~bit);
        }
    }

    private void divide(int s, int stepNo, MersenneTwisterFast rng) {
        divisionAttempts++;
        int start = rng.nextInt(8);
        for (int k = 0; k < 8; k++) {
            int d = (start + k) & 7;
            if (!lat.has8(s, d)) continue;
            int t = s + lat.off8[d];
            if (state[t] != EMPTY) continue;
            markLive(t);
            divisionsDone++;
            if (calendar) schedule(t, rng);
            else clock[t] = stepNo;
            engaged[t] = false;
            pdl1[t] = pdl1[s];
            boolean switched = lineageSwitched[s] || (lineageSwitch > 0 && rng.nextDouble() < lineageSwitch);
            lineageSwitched[t] = switched;
            int parentMask = clones.enabled() ? lostMask(s) : 0;
            for (int a = 0; a < Antigen.COUNT; a++) {
                float base = agBase[a][s];
                if (base > 0 && switched && a != Antigen.BCMA) base = 0;
                else if (base > 0 && lossPerDivision[a] > 0 && clones.handles(parentMask | 1 << a)) {
                    // an escape mutant here would be a fraction of a tile cell: the patient-scale
                    // ledger takes it (scale times as many divisions happen in the patient)
                    clones.tileMutationMean[parentMask | 1 << a] += lossPerDivision[a];
                } else if (base > 0 && lossPerDivision[a] > 0 && rng.nextDouble() < lossPerDivision[a]) base = 0;
                agBase[a][t] = base;
                agCur[a][t] = Math.min(base, agCur[a][s]);
                if (agCur[a][t] < base) strippedBits[a][t >>> 6] |= 1L << t;
            }
            return;
        }
        // no free neighbour: contact inhibition, the division does not happen
    }

    /** kills each live cell with probability f (chemotherapy pulse); returns the number killed */
    int killFraction(double f, MersenneTwisterFast rng) {
        if (f <= 0) return 0;
        treatmentSurvival *= 1 - f; // the ledger's subclones take the same treatment
        int killed = 0;
        for (int w = 0; w < liveBits.length; w++) // the live cells in ascending site order, as a scan
            for (long bits = liveBits[w]; bits != 0; bits &= bits - 1) {
                int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (rng.nextDouble() < f) {
                    remove(s);
                    killed++;
                }
            }
        return killed;
    }
}
