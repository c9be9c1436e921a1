package cartsim.model;

import cartsim.model.params.CartParams;
import cartsim.model.params.CostimParams;
import cartsim.model.params.Logic;
import cartsim.model.params.Parameters;
import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * CAR-T cells as a structure of arrays (about 30 bytes per cell). A cell is in the blood
 * compartment (pos = -1) or on a lattice site (at most one CAR-T per site). All rules of one cell
 * for one step run in {@link #step}: death and contraction, exhaustion recovery, traffic, engagement
 * of a neighbouring tumor cell (Hill function of antigen density against the CAR threshold), the
 * contact delay and perforin/granzyme kill, serial killing limited by the granule store,
 * activation-driven division, conversion to memory, IFN-γ release and a chemokine-biased walk.
 */
public final class CarT {
    public static final byte MEMORY = 0, EFFECTOR = 1, EXHAUSTED = 2, DEAD = 3;
    public static final int BLOOD = -1;
    /** {@link #due}: no waiting time drawn (the cell draws one on its next quiet step) */
    static final int UNSET = Integer.MIN_VALUE;
    /** the side directions (E, S, W, N) among the Moore bits of {@link Tumor#liveAround} */
    private static final int SIDE_BITS = 0x55;

    public int count;                 // slots in use (live and dead until compaction)
    public int[] pos = new int[0];    // site or BLOOD
    public byte[] pheno = new byte[0];
    public byte[] divisions = new byte[0];
    public boolean[] cd4 = new boolean[0];
    // private: a cell in a quiet spell owes recovery that is applied lazily (see catchUp), so the
    // raw values lag; readers go through granules(i) and exhaustion(i), which settle the cell first
    private float[] granules = new float[0];
    private float[] exhaustion = new float[0];
    public int[] target = new int[0];          // engaged tumor site or -1
    int[] targetGen = new int[0];              // generation of the engaged cell (Tumor.generation)
    /**
     * While a cell is in a quiet spell ({@link #due} set): the count of CAR-T steps through which its
     * granule and exhaustion recovery is applied (see {@link #catchUp}). It shares {@link #targetGen}'s
     * array, because a quiet cell is never in a synapse (target −1), so the two uses never overlap
     * and the per-cell state does not grow.
     */
    private int[] recoveredTo = targetGen;
    short[] contactLeft = new short[0]; // steps left in the current contact
    public int[] lastStim = new int[0];        // step of the last engagement (Integer.MIN_VALUE/2 = never)
    public float[] signal = new float[0];      // recognition signal 0..1 of the last engagement (antigen density)
    int[] due = new int[0];                    // quiet-cell calendar: step of the next event, or UNSET

    /** CAR-T index at each site, -1 where empty */
    public final int[] at;
    private final int w, h;
    private final Lattice lat;

    public long kills, contacts, failedContacts, engagements, divisionsTotal;
    /** steps advanced under the idle-tissue shortcut */
    public long idleSteps;
    /**
     * Tile cells that one agent stands for: below 1 while a small dose is simulated by more agents
     * than it has tile cells (weighted sample). Every agent behaves as a whole cell; only its effects
     * on shared state (kills, IFN-γ, antigen stripping) and the reported counts are thinned by it.
     */
    public double weight = 1;
    /** IFN-γ released by all cells so far, in field units (pg/mL of one site); for tests and diagnostics */
    public double ifngReleased;

    // per-step quantities, set by configure()
    private double pDieEff, pDieMem, pDieExh, pToMemory, pEgress, pEgressActivated, pInfiltrate, pConjBase, hopMean;
    private double divideRatePerStep, contactSteps, granuleRefill, exhRecovery, threshold, hill;
    private float ifngPerStep;
    private int stimWindowSteps;
    private int biasThreshold; // chemotaxis probability in 1/65536
    private double detectionLimit, granuleCapacity, cd4CytokineFactor, trogocytosis, pdl1IfngInduction;
    private double exhaustionPerEngagement, pd1ExhaustionPerEngagement, pdl1HalfEffect, costimExhaustion;
    private double exhaustedApoptosisFraction, killProbability, cd4KillFactor;
    private boolean idleShortcut, calendar;
    /** the quiet-cell calendar's chances per state (tissue, blood) and phenotype */
    private final QuietEvents quiet = new QuietEvents();
    /** the host-rejection chance the calendar's waiting times were drawn with (NaN: none yet) */
    private double calendarRejection = Double.NaN;
    /** CAR-T steps completed: the clock of {@link #recoveredTo} */
    private int stepsDone;
    /** the PD-1 blockade of the steps a quiet cell still owes its recovery for (NaN: none yet) */
    private double owedCpi = Double.NaN;
    /** whether the last step ran under the idle-tissue shortcut */
    private boolean lastIdle;
    private int maxDivisions, recallDivisions;
    private double killExp, cytokineExp, prolifExp;
    private int[] targets;
    /** per target arm: the soluble-BCMA decoy factor of this step on a BCMA arm, else 1 */
    private final double[] armFactor = {1, 1};
    private Logic logic;

    /** the per-cell columns, listed once: growth, compaction and the byte count follow this list */
    final CellStore store = new CellStore()
            .column(() -> pos, a -> pos = a)
            .column(() -> pheno, a -> pheno = a)
            .column(() -> divisions, a -> divisions = a)
            .column(() -> cd4, a -> cd4 = a)
            .column(() -> granules, a -> granules = a)
            .column(() -> exhaustion, a -> exhaustion = a)
            .column(() -> target, a -> target = a)
            .column(() -> targetGen, a -> { targetGen = a; recoveredTo = a; })
            .column(() -> contactLeft, a -> contactLeft = a)
            .column(() -> lastStim, a -> lastStim = a)
            .column(() -> signal, a -> signal = a)
            .column(() -> due, a -> due = a);

    CarT(int w, int h) {
        this.w = w;
        this.h = h;
        at = new int[w * h];
        Arrays.fill(at, -1);
        lat = new Lattice(w, h);
    }

    void configure(Parameters params, double dtH, double siteVolumeMl) {
        // the recovery quiet cells still owe was earned at the old rates
        endSpells(false);
        CartParams c = params.cart();
        CostimParams co = params.costimEffects();
        double dtD = dtH / 24;
        pDieEff = 1 - Math.exp(-Math.log(2) / c.effector_half_life_days() * dtD);
        pDieMem = 1 - Math.exp(-Math.log(2) / (c.memory_half_life_days() * co.persistence_factor()) * dtD);
        pDieExh = 1 - Math.exp(-Math.log(2) / c.exhausted_half_life_days() * dtD);
        pToMemory = 1 - Math.exp(-c.effector_to_memory_per_day() * co.memory_factor() * dtD);
        pEgress = 1 - Math.exp(-c.tissue_egress_per_day() * dtD);
        pEgressActivated = 1 - Math.exp(-c.activated_egress_per_day() * dtD);
        pInfiltrate = 1 - Math.exp(-c.blood_infiltration_per_day() * dtD);
        pConjBase = c.conjugation_rate_per_min() * dtH * 60;       // rate·Δt; the Hill signal scales it
        // lattice random walk with 4 neighbours: D = dx²/(4τ) ⇒ hops per step = 4·D·Δt/dx²
        double dx = params.simulation().site_size_um();
        hopMean = 4 * c.motility_um2_per_min() * dtH * 60 / (dx * dx);
        divideRatePerStep = Math.log(2) / c.division_time_h() * co.proliferation_factor() * params.patient().tcell_fitness() * dtH;
        contactSteps = c.contact_time_min() / (dtH * 60);
        granuleRefill = dtH / c.granule_refill_hours();
        exhRecovery = c.exhaustion_recovery_per_hour() * dtH;
        threshold = co.antigen_threshold_molecules();
        detectionLimit = params.disease().antigen_detection_limit_molecules();
        hill = params.product().hill_coefficient();
        ifngPerStep = (float) (c.ifng_secretion_pg_per_cell_per_h() * co.cytokine_factor() * dtH / siteVolumeMl);
        stimWindowSteps = (int) Math.round(c.stimulation_window_h() / dtH);
        biasThreshold = (int) Math.round(c.chemotaxis_bias() * 65536);
        granuleCapacity = c.granule_capacity();
        cd4CytokineFactor = c.cd4_cytokine_factor();
        trogocytosis = params.product().trogocytosis_fraction();
        pdl1IfngInduction = params.disease().pdl1_ifng_induction_fold();
        exhaustionPerEngagement = c.exhaustion_per_engagement();
        pd1ExhaustionPerEngagement = c.pd1_exhaustion_per_engagement();
        pdl1HalfEffect = c.pdl1_half_effect_molecules();
        costimExhaustion = co.exhaustion_factor();
        exhaustedApoptosisFraction = c.exhausted_apoptosis_fraction();
        killProbability = c.kill_probability_per_contact();
        cd4KillFactor = c.cd4_kill_factor();
        maxDivisions = c.max_divisions();
        idleShortcut = params.simulation().idle_tissue_shortcut();
        calendar = params.simulation().cart_event_calendar();
        calendarRejection = Double.NaN; // new rates: every waiting time is drawn again (no memory, so exact)
        recallDivisions = c.memory_recall_divisions();
        killExp = c.kill_signal_exponent();
        cytokineExp = c.cytokine_signal_exponent();
        prolifExp = c.proliferation_signal_exponent();
        targets = params.product().targets().stream().mapToInt(Enum::ordinal).toArray();
        logic = params.product().logic();
    }

    int live() {
        int c = 0;
        for (int i = 0; i < count; i++) if (pheno[i] != DEAD) c++;
        return c;
    }

    /** adds a cell in the blood; returns its index */
    int addToBlood(byte phenotype, boolean isCd4, byte divs, float gran, float exh) {
        ensure(count + 1);
        int i = count++;
        pos[i] = BLOOD;
        pheno[i] = phenotype;
        divisions[i] = divs;
        cd4[i] = isCd4;
        granules[i] = gran;
        exhaustion[i] = exh;
        target[i] = -1;
        contactLeft[i] = 0;
        lastStim[i] = Integer.MIN_VALUE / 2;
        signal[i] = 1f;
        due[i] = UNSET;
        return i;
    }

    private void ensure(int cap) {
        store.ensure(cap);
    }

    /** recognition signal 0..1 of tumor cell s for this CAR (Hill of antigen against threshold) */
    double signal(Tumor t, int s) {
        return signal(t, s, armFactor[0], armFactor[1]);
    }

    /** the same with the arms weighted by f0, f1 (1, 1: the membrane antigen alone, no decoy) */
    private double signal(Tumor t, int s, double f0, double f1) {
        int[] tg = targets;
        double h0 = hillOf(t.agCur[tg[0]][s]) * f0;
        if (tg.length == 1) return h0;
        double h1 = hillOf(t.agCur[tg[1]][s]) * f1;
        return logic == Logic.AND ? Math.min(h0, h1) : Math.max(h0, h1);
    }

    /** recognition signal 0..1 of a cell type with these antigen densities (indexed by {@link Antigen}), before any decoy */
    double signalOf(float[] antigen) {
        double h0 = hillOf(antigen[targets[0]]);
        if (targets.length == 1) return h0;
        double h1 = hillOf(antigen[targets[1]]);
        return logic == Logic.AND ? Math.min(h0, h1) : Math.max(h0, h1);
    }

    /** live cells that can still engage (not exhausted): the killers of a patient-scale compartment */
    int functional() {
        int c = 0;
        for (int i = 0; i < count; i++) if (pheno[i] == MEMORY || pheno[i] == EFFECTOR) c++;
        return c;
    }

    /**
     * Antigen met off the lattice (normal B cells in blood and lymphoid organs): up to {@code n}
     * randomly chosen free, non-exhausted cells count as engaged now, with the tile rule that
     * antigen turns memory back into effectors. Returns how many were stimulated.
     */
    int stimulate(int n, int now, float strength, MersenneTwisterFast rng) {
        int done = 0;
        for (int k = 0; k < n && count > 0; k++) {
            for (int tries = 0; tries < 4; tries++) {
                int i = rng.nextInt(count);
                if ((pheno[i] == MEMORY || pheno[i] == EFFECTOR) && target[i] < 0) {
                    settleSpell(i);
                    lastStim[i] = now;
                    signal[i] = strength;
                    pheno[i] = EFFECTOR;
                    due[i] = UNSET;
                    done++;
                    break;
                }
            }
        }
        return done;
    }

    /**
     * Homeostatic (IL-7/IL-15-driven) division without antigen: {@code n} cells drawn at random
     * divide if they are memory or effector cells with divisions left (the caller draws n as
     * Binomial(live cells, p), so eligible cells divide with probability p each). Returns how many did.
     */
    int homeostaticDivide(long n, MersenneTwisterFast rng) {
        int n0 = count, done = 0;
        for (long k = 0; k < n && n0 > 0; k++) {
            int i = rng.nextInt(n0);
            if ((pheno[i] == MEMORY || pheno[i] == EFFECTOR) && divisions[i] < maxDivisions) {
                divide(i, rng);
                done++;
            }
        }
        return done;
    }

    /** s^e: how an engagement of signal s grades a response with exponent e (e = 0: not at all) */
    static double graded(float s, double e) {
        if (e == 0) return 1;
        if (e == 1) return s;
        if (e == 2) return s * s;
        if (e == 0.5) return Math.sqrt(s);
        return Math.pow(s, e);
    }

    private double hillOf(float antigen) {
        if (antigen <= 0 || antigen < detectionLimit) return 0; // antigen-negative by definition: not recognised
        double r = antigen / threshold;
        if (hill == 2) return r * r / (1 + r * r);
        double rn = Math.pow(r, hill);
        return rn / (1 + rn);
    }

    /** advances every cell alive at the start of the step; returns agent-steps done */
    long step(CarTModel m, MersenneTwisterFast rng, StepModifiers mod) {
        final int n0 = count;
        final int now = m.stepNo;
        final Tumor t = m.tumor;
        final double killFactor = mod.cartFunction();
        final double prolifFactor = mod.expansionBoost() * mod.cartFunction();
        final double rejection = mod.pHostRejection();
        final double cpi = mod.pd1Blockade();
        final float ifngAdd = (float) (ifngPerStep * mod.cytokineProduction() * weight);
        // soluble BCMA occupies BCMA-binding domains: it weakens the BCMA arm only
        for (int k = 0; k < targets.length; k++) armFactor[k] = targets[k] == Antigen.BCMA ? mod.bcmaDecoy() : 1;
        boolean anyDeath = false;
        long advanced = 0;
        final boolean idle = idleShortcut && idleTissue(t);
        if (idle) idleSteps++;
        if (calendar && rejection != calendarRejection) {
            // the death chance changed (host rejection of allogeneic cells): new tables, new waiting times
            quiet.tables(pDieEff, pDieMem, pDieExh, rejection, pEgress, pInfiltrate, pToMemory);
            endSpells(false);
            calendarRejection = rejection;
        }
        // live tumor on the tile again: tissue cells are no longer quiet, and step by the reference
        if (lastIdle && !idle) endSpells(true);
        lastIdle = idle;
        // the recovery a quiet cell owes is applied at one PD-1 blockade level; settle it when it changes
        if (cpi != owedCpi) {
            catchUpAll();
            owedCpi = cpi;
        }

        for (int i = 0; i < n0; i++) {
            // 0. a cell in a quiet spell whose event is not due: the reference would only recover
            // its granules and exhaustion in this step, which catchUp does when anything next reads
            // them; its spell ends before its state can change (see endSpells and the callers of
            // catchUp), so nothing else has to be looked at (dead cells hold no spell)
            if (due[i] > now) {
                advanced++;
                continue;
            }
            byte ph = pheno[i];
            if (ph == DEAD) continue;
            advanced++;

            boolean stimulated = now - lastStim[i] < stimWindowSteps;
            int s = pos[i];
            if (calendar && !stimulated && (s == BLOOD || idle && target[i] < 0)) {
                // 0. a quiet cell: its chances are constant while it stays quiet, so it acts only
                // in the step its calendar names (see quietStep)
                if (quietStep(i, ph, s, now, cpi, t, rng)) anyDeath = true;
                continue;
            }
            due[i] = UNSET; // a step by the reference: the next quiet spell draws afresh

            // 1. death: effectors contract once antigen signalling stops (stimulated cells get
            // survival signals, e.g. 4-1BB → Bcl-xL), memory is slowly lost, exhausted cells die fast
            double pDie = ph == EFFECTOR ? (stimulated ? 0 : pDieEff) : ph == MEMORY ? pDieMem : pDieExh;
            if (rng.nextDouble() < 1 - (1 - pDie) * (1 - rejection)) { // independent hazards
                kill(i, t);
                anyDeath = true;
                continue;
            }

            recover(i, ph, stimulated, cpi);

            if (s == BLOOD) {
                if (rng.nextDouble() < pInfiltrate) infiltrate(i, rng);
                if (ph == EFFECTOR && !stimulated && rng.nextDouble() < pToMemory) toMemory(i);
                continue;
            }

            if (idle && !stimulated && target[i] < 0) {
                // 3c. idle tissue: no live tumor, and this cell is neither in a synapse nor
                // stimulated. A scan would find nothing and its walk can change no output (no
                // tumor can reappear, it neither divides nor secretes, and a random site is free
                // with the same chance wherever the cells stand), so only egress is decided, with
                // the reference's probability
                if (ph != EXHAUSTED && rng.nextDouble() < pEgress) {
                    egress(i, s);
                    continue;
                }
            } else if (target[i] >= 0) {
                // 3a. in a synapse: wait out the contact delay, then the perforin/granzyme attempt
                if (--contactLeft[i] <= 0) resolveContact(i, m, t, rng, killFactor);
            } else if (ph != EXHAUSTED) {
                // 3b. scan one random site of the Moore neighbourhood (or its own) for a target
                if (!tryEngage(i, s, m, t, rng, cpi)) {
                    if (pheno[i] == DEAD) { anyDeath = true; continue; }
                    // activated cells recirculate too, so blood levels follow the expansion
                    if (rng.nextDouble() < (stimulated ? pEgressActivated : pEgress)) {
                        egress(i, s);
                        continue;
                    }
                    move(i, m, rng);
                } else if (pheno[i] == DEAD) {
                    anyDeath = true;
                    continue;
                }
            } else {
                move(i, m, rng);
            }
            stimulated = now - lastStim[i] < stimWindowSteps;

            // 4. activation-driven proliferation, limited divisions, slowed by exhaustion
            if (stimulated && pheno[i] != EXHAUSTED && divisions[i] < maxDivisions) {
                double x = divideRatePerStep * prolifFactor * (1 - exhaustion[i]) * graded(signal[i], prolifExp);
                // as in tryEngage: 1 − e^(−x) < x, so a draw above x + 1e-12 fails without the exp
                // (x is ~0.004 a step, so nearly every draw does)
                double u = rng.nextDouble();
                if (u < x + 1e-12 && u < 1 - Math.exp(-x)) divide(i, rng);
            }
            // 5. unstimulated effectors slowly become long-lived memory
            if (!stimulated && pheno[i] == EFFECTOR && rng.nextDouble() < pToMemory) toMemory(i);
            // 6. activated cells secrete IFN-γ where they stand
            if (stimulated && ifngAdd > 0) {
                float add = cd4[i] ? ifngAdd * (float) cd4CytokineFactor : ifngAdd;
                if (cytokineExp != 0) add *= (float) graded(signal[i], cytokineExp);
                m.ifng.add(pos[i], add);
                ifngReleased += add;
            }
        }
        if (anyDeath) compact();
        stepsDone++;
        return advanced;
    }

    /**
     * Applies the eventless steps' recovery a cell in a quiet spell skipped, through CAR-T step
     * {@code through}: the same float operations as {@link #recover} in the same order, so the
     * values are bit for bit the reference's, stopping early once nothing can change (granules
     * full and exhaustion at 0 or locked).
     */
    private void catchUp(int i, int through) {
        int k = through - recoveredTo[i];
        if (k <= 0) return; // already applied (a cell whose quiet step ran in this step is a step ahead)
        recoveredTo[i] = through;
        byte ph = pheno[i];
        for (; k > 0; k--) {
            if ((ph == EXHAUSTED || exhaustion[i] <= 0) && granules[i] >= granuleCapacity) return;
            recover(i, ph, false, owedCpi);
        }
    }

    /** cell i's perforin/granzyme store (kills it can still deliver), with any recovery it owes applied */
    public float granules(int i) {
        settle(i);
        return granules[i];
    }

    /** cell i's reversible exhaustion 0..1, with any recovery it owes applied */
    public float exhaustion(int i) {
        settle(i);
        return exhaustion[i];
    }

    /** sets cell i's granule store, after the recovery it owes (so the owed steps are not applied on top) */
    public void setGranules(int i, float value) {
        settle(i);
        granules[i] = value;
    }

    /** {@link #settleSpell} for a caller outside the step, with the slot checked */
    private void settle(int i) {
        if (i < 0 || i >= count) throw new IndexOutOfBoundsException("CAR-T slot " + i + " of " + count);
        settleSpell(i);
    }

    /** a cell in a quiet spell gets the recovery it owes through the steps completed; its spell goes on */
    private void settleSpell(int i) {
        if (due[i] != UNSET) catchUp(i, stepsDone);
    }

    /** every cell in a quiet spell brought up to date (its spell goes on) */
    private void catchUpAll() {
        for (int i = 0; i < count; i++) settleSpell(i);
    }

    /**
     * Ends the quiet spells (only the tissue cells' if {@code tissueOnly}), first applying the
     * recovery they owe; those cells draw a new waiting time on their next quiet step (exact: a
     * geometric waiting time has no memory).
     */
    private void endSpells(boolean tissueOnly) {
        for (int i = 0; i < count; i++) {
            if (due[i] == UNSET || tissueOnly && pos[i] == BLOOD) continue;
            catchUp(i, stepsDone);
            due[i] = UNSET;
        }
    }

    /**
     * One step of a quiet cell, exact in distribution. A quiet cell is unstimulated and either in
     * the blood or in idle tissue (not in a synapse); then its per-step chances — death, then
     * egress (tissue) or an infiltration attempt (blood), then memory conversion (effectors) — do
     * not change from step to step, so the step of its next event is geometric: drawn once by
     * inversion, and until then the cell only recovers granules and exhaustion, as the reference
     * does in a step without events. In the step that falls due, which event it is follows the
     * reference's order conditioned on at least one: the first is j with chance
     * p_j·∏(1 − p_i, i < j)/(1 − q); after an infiltration attempt the blood's memory conversion is
     * still drawn on its own, as in the reference. Leaving the quiet state (stimulation, tumor on
     * the tile) drops the waiting time, which is exact because it has no memory. Returns true if
     * the cell died.
     */
    private boolean quietStep(int i, byte ph, int s, int now, double cpi, Tumor t, MersenneTwisterFast rng) {
        int c = QuietEvents.state(s == BLOOD, ph);
        // a new spell draws its waiting time; a spell whose event is due first applies the
        // recovery of the steps it skipped
        if (due[i] == UNSET) due[i] = quiet.draw(c, now, rng);
        else catchUp(i, stepsDone);
        // what an eventless step of the reference does (its death draw comes first, but a dead cell
        // has no use for these values)
        recover(i, ph, false, cpi);
        recoveredTo[i] = stepsDone + 1; // this step's recovery is applied
        if (due[i] > now) return false;
        due[i] = UNSET;
        int event = quiet.which(c, rng.nextDouble());
        if (event == QuietEvents.DEATH) {
            kill(i, t);
            return true;
        }
        if (s != BLOOD) {
            if (event == QuietEvents.MOVE) egress(i, s);
            else toMemory(i);
            return false;
        }
        if (event == QuietEvents.MOVE) {
            infiltrate(i, rng);
            if (ph == EFFECTOR && rng.nextDouble() < pToMemory) toMemory(i);
        } else {
            toMemory(i);
        }
        return false;
    }

    /** 2. reversible exhaustion recovers without antigen (PD-1 blockade speeds it); granules refill */
    private void recover(int i, byte ph, boolean stimulated, double cpi) {
        if (!stimulated && ph != EXHAUSTED && exhaustion[i] > 0)
            exhaustion[i] = (float) Math.max(0, exhaustion[i] - exhRecovery * (1 + cpi));
        if (granules[i] < granuleCapacity)
            granules[i] = (float) Math.min(granuleCapacity, granules[i] + granuleRefill);
    }

    /** the cell leaves its tissue site s for the blood */
    private void egress(int i, int s) {
        at[s] = -1;
        pos[i] = BLOOD;
    }

    /** an infiltration attempt from the blood: a uniformly random site, taken if free */
    private void infiltrate(int i, MersenneTwisterFast rng) {
        int site = rng.nextInt(w * h);
        if (at[site] < 0) {
            pos[i] = site;
            at[site] = i;
        }
    }

    /**
     * True when the tile holds no live tumor. Tumor cells only come from division or a clone
     * joining the tile, which ends this state, so until then a cell that is neither in a synapse
     * nor stimulated can never engage, and its position changes no output.
     */
    boolean idleTissue(Tumor t) {
        return t.live == 0;
    }

    /**
     * Contraction into memory. A memory cell regains part of its division budget, so it can
     * re-expand when it meets antigen again (recall); the infused lineage's cap stays the ceiling.
     */
    private void toMemory(int i) {
        pheno[i] = MEMORY;
        divisions[i] = (byte) Math.max(0, divisions[i] - recallDivisions);
    }

    /** returns true if an engagement started; may mark the cell dead (terminal exhaustion) */
    private boolean tryEngage(int i, int s, CarTModel m, Tumor t, MersenneTwisterFast rng, double cpi) {
        int d = rng.nextInt(9);
        int site = s;
        if (d < 8) {
            if ((t.liveAround[s] >> d & 1) == 0) return false; // no live cell that way (or no site)
            site = s + lat.off8[d];
        } else if (t.state[site] != Tumor.LIVE) return false;
        if (t.engaged[site]) return false;
        double sig = signal(t, site);
        if (sig <= 0) return false;
        double x = pConjBase * sig, u = rng.nextDouble();
        // 1 − e^(−x) < x, and the computed value exceeds the true one by at most a few ulps of 1,
        // so a draw above x + 1e-12 fails against it too: most attempts fail without the exp
        if (u >= x + 1e-12 || u >= 1 - Math.exp(-x)) return false;

        engagements++;
        t.engaged[site] = true;
        target[i] = site;
        targetGen[i] = t.generation[site];
        double cs = contactSteps;
        int steps = (int) cs;
        if (rng.nextDouble() < cs - steps) steps++;
        contactLeft[i] = (short) Math.max(1, Math.min(Short.MAX_VALUE, steps));
        lastStim[i] = m.stepNo;
        // how strongly this synapse signals sets kill, cytokine and proliferation (S61, S62): the
        // membrane antigen density; soluble BCMA only made the synapse less likely to form
        signal[i] = (float) (armFactor[0] == 1 && armFactor[1] == 1 ? sig : signal(t, site, 1, 1));
        if (pheno[i] == MEMORY) pheno[i] = EFFECTOR; // antigen re-activates memory cells

        // trogocytosis: the synapse strips part of the targeted antigens
        if (trogocytosis > 0) for (int a : targets) t.strip(site, a, (float) (1 - trogocytosis * weight));

        // exhaustion from repeated stimulation and from PD-L1 on the target (blocked by anti-PD-1)
        double pdl1 = t.pdl1[site] * (1 + (pdl1IfngInduction - 1) * m.ifngLocalFraction(site));
        double ex = exhaustionPerEngagement + pd1ExhaustionPerEngagement * pdl1 / (pdl1 + pdl1HalfEffect) * (1 - cpi);
        exhaustion[i] += (float) (ex * costimExhaustion);
        if (exhaustion[i] >= 1f) {
            exhaustion[i] = 1f;
            release(i, t);
            if (rng.nextDouble() < exhaustedApoptosisFraction) kill(i, t);
            else pheno[i] = EXHAUSTED;
        }
        return true;
    }

    /** ends the contact with one perforin/granzyme attempt */
    private void resolveContact(int i, CarTModel m, Tumor t, MersenneTwisterFast rng, double killFactor) {
        int site = target[i];
        boolean sameCell = t.state[site] == Tumor.LIVE && t.generation[site] == targetGen[i];
        release(i, t);
        if (!sameCell) return; // the target died meanwhile (apoptosis, chemotherapy); a newcomer is not ours
        contacts++;
        if (granules[i] < 1f) {
            failedContacts++;
            return; // empty granule store: no perforin, no kill
        }
        double pk = killProbability * killFactor * (1 - exhaustion[i]) * (cd4[i] ? cd4KillFactor : 1) * graded(signal[i], killExp);
        if (rng.nextDouble() < pk) {
            granules[i] -= 1f;
            // a weighted agent is a share w of a cell: its hit removes the target with probability w
            if (weight >= 1 || rng.nextDouble() < weight) {
                kills++;
                m.onTumorKilled(site);
            }
        } else {
            failedContacts++;
        }
    }

    private void release(int i, Tumor t) {
        int site = target[i];
        // only free the synapse flag if it is still our cell's: a newcomer may be engaged by another CAR-T
        if (site >= 0 && t.generation[site] == targetGen[i]) t.engaged[site] = false;
        target[i] = -1;
        contactLeft[i] = 0;
    }

    private void move(int i, CarTModel m, MersenneTwisterFast rng) {
        double lam = hopMean;
        int hops = (int) lam;
        if (rng.nextDouble() < lam - hops) hops++;
        // local copies: this is the hottest loop of the model
        final float[] chem = m.ifng.v;
        final byte[] tumorState = m.tumor.state, sides = lat.sides, around = m.tumor.liveAround;
        final int[] at = this.at, pos = this.pos, target = this.target, off4 = lat.off4, off8 = lat.off8;
        final int bias = biasThreshold;
        int s = pos[i];
        for (int k = 0; k < hops; k++) {
            // one 32-bit draw per hop: low 16 bits decide chemotaxis, bits 16–17 the direction
            int bits = rng.nextInt();
            int side = sides[s];
            int dest = -1;
            // the climb can only step onto a live tumor cell at one of its sides: with none there
            // (most of the tissue) nothing is scanned, else only the live ones, in the scan's order
            int live = around[s] & SIDE_BITS;
            if (live != 0 && (bits & 0xFFFF) < bias) {
                // CXCL9/10 come from IFN-γ-exposed tumor and stroma, not from the T cell itself:
                // climb toward the neighbouring tumor cell bathed in the most IFN-γ, so that cells
                // are recruited to live targets rather than trapped in their own cytokine cloud
                float best = 0f;
                do {
                    int q = s + off8[Integer.numberOfTrailingZeros(live)];
                    live &= live - 1;
                    if (at[q] < 0 && chem[q] > best) {
                        best = chem[q];
                        dest = q;
                    }
                } while (live != 0);
            }
            if (dest < 0) {
                int d = (bits >>> 16) & 3;
                if ((side >> d & 1) == 0) continue;
                dest = s + off4[d];
            }
            int other = at[dest];
            if (other >= 0) {
                // T cells squeeze past each other: swap with a neighbour that is not in a synapse
                if (target[other] >= 0) continue;
                pos[other] = s;
                at[s] = other;
            } else {
                at[s] = -1;
            }
            at[dest] = i;
            pos[i] = dest;
            s = dest;
        }
    }

    private void divide(int i, MersenneTwisterFast rng) {
        divisionsTotal++;
        divisions[i]++;
        settleSpell(i); // a homeostatic division during a quiet spell
        float half = granules[i] / 2;
        granules[i] = half;
        int j = addToBlood(pheno[i], cd4[i], divisions[i], half, exhaustion[i]);
        lastStim[j] = lastStim[i];
        signal[j] = signal[i];
        int s = pos[i];
        if (s == BLOOD) return;
        int start = rng.nextInt(8);
        for (int k = 0; k < 8; k++) {
            int d = (start + k) & 7;
            if (!lat.has8(s, d)) continue;
            int q = s + lat.off8[d];
            if (at[q] < 0) {
                at[q] = j;
                pos[j] = q;
                return;
            }
        }
        // no room nearby: the daughter leaves into the blood
    }

    void kill(int i, Tumor t) {
        due[i] = UNSET; // a dead cell holds no spell
        release(i, t);
        if (pos[i] >= 0) at[pos[i]] = -1;
        pos[i] = BLOOD;
        pheno[i] = DEAD;
    }

    /**
     * Russian roulette of the weighted sample (unbiased: the expected total weight is kept). Once
     * the agents outnumber {@code minAgents} by a quarter, each is kept with probability w/w′ and
     * the weight rises to w′ = min(1, w·n/minAgents), so the sample stays near {@code minAgents}
     * agents until it holds whole cells and the tile is the plain one-agent-per-cell model.
     */
    void roulette(int minAgents, Tumor t, MersenneTwisterFast rng) {
        if (weight >= 1) return;
        int n = live();
        if (n <= 1.25 * minAgents) return;
        double next = Math.min(1, weight * n / minAgents);
        double keep = weight / next;
        boolean any = false;
        for (int i = 0; i < count; i++)
            if (pheno[i] != DEAD && rng.nextDouble() >= keep) {
                kill(i, t);
                any = true;
            }
        weight = next;
        if (any) compact();
    }

    /** kills each live cell with probability f (chemotherapy); returns how many died */
    int killFraction(double f, Tumor t, MersenneTwisterFast rng) {
        int k = 0;
        for (int i = 0; i < count; i++)
            if (pheno[i] != DEAD && rng.nextDouble() < f) {
                kill(i, t);
                k++;
            }
        if (k > 0) compact();
        return k;
    }

    /** removes dead slots keeping order (deterministic) and re-points the site index */
    private void compact() {
        int first = 0;
        while (first < count && pheno[first] != DEAD) first++;
        count = store.compact(count, pheno, DEAD);
        for (int j = first; j < count; j++) if (pos[j] >= 0) at[pos[j]] = j;
    }
}
