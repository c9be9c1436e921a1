package cartsim.model;

import cartsim.model.params.AntigenParams;
import cartsim.model.params.Logic;
import cartsim.model.params.Parameters;
import cartsim.model.params.Target;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.special.Gamma;

/**
 * Antigen-escape subclones too small for the tile, counted in patient cells. A pre-existing
 * CD19-negative fraction of 2 × 10⁻⁵ is 0.27 tile cells but ~10⁶ cells in a patient, and one loss
 * mutation in the tile would create a clone of {@code scale} (~4 × 10⁶) patient cells at once, so
 * on the tile alone an antigen-negative relapse is a coin toss whose odds depend on the tile size.
 * Here each escape variant — a set of lost antigens that the CAR no longer recognises — is one
 * clone of N patient cells:
 * <ul>
 * <li>seeded at N₀ ~ Poisson(burden · fraction) when its tile share would be below
 *     {@code simulation.clone_materialise_tile_cells} (otherwise the tile seeds it as before);</li>
 * <li>fed by loss mutations: the tile counts the divisions that would produce the variant, and
 *     the patient has {@code scale} times as many, so mutants ~ Poisson(divisions · scale · loss);</li>
 * <li>growing by birth–death tau-leaping once an hour (births ~ Poisson(N·b·s·τ), deaths ~
 *     Poisson(N·d·τ) capped at N), with the tile's division success s (contact inhibition) and the
 *     tile's treatment kills (lymphodepletion, bridging, chemotherapy) applied binomially;</li>
 * <li>materialised into the tile as ⌊N/scale⌋ agents on random free sites once it reaches that many
 *     tile cells; a clone of 200 founders neither dies out by chance nor adds much growth noise.</li>
 * </ul>
 * CAR-T cells do not kill these clones: by construction the CAR does not recognise them, the same
 * rule the tile applies. All draws use the model's one generator in a fixed order.
 */
public final class TumorClones {
    static final int MASKS = 1 << Antigen.COUNT;

    /** patient cells per escape variant (bit a set = antigen a lost); 0 where not an escape variant */
    final long[] cells = new long[MASKS];
    /** the variant is not recognised by the product (OR: every target lost; AND: any target lost) */
    final boolean[] escape = new boolean[MASKS];
    /** the antigen is expressed by this disease (mean density > 0); only those can be lost */
    final boolean[] expressed = new boolean[Antigen.COUNT];
    final double[] lossPerDivision = new double[Antigen.COUNT];
    private final double[] preexisting = new double[Antigen.COUNT];
    private boolean enabled;
    private int materialiseTileCells;
    private double birthPerHour, deathPerHour;

    /** expected loss mutants per tile cell-equivalent since the last tick: Σ over tile divisions of the loss probability into each variant */
    final double[] tileMutationMean = new double[MASKS];
    /** the model's generator, set at each call (one stream per run) */
    private MersenneTwisterFast mt;

    void configure(Parameters p) {
        enabled = p.simulation().clone_ledger();
        materialiseTileCells = p.simulation().clone_materialise_tile_cells();
        birthPerHour = Math.log(2) / p.disease().doubling_time_h();
        deathPerHour = p.disease().apoptosis_rate_per_day() / 24;
        for (Target t : Target.values()) {
            AntigenParams ag = p.antigen(t);
            expressed[t.ordinal()] = ag.mean_molecules_per_cell() > 0;
            lossPerDivision[t.ordinal()] = ag.loss_per_division();
            preexisting[t.ordinal()] = ag.preexisting_negative_fraction();
        }
        int targets = 0;
        for (Target t : p.product().targets()) targets |= 1 << t.ordinal();
        for (int m = 0; m < MASKS; m++) {
            int lostTargets = m & targets;
            escape[m] = m != 0 && (p.product().logic() == Logic.AND ? lostTargets != 0 : lostTargets == targets);
            if (!validMask(m)) escape[m] = false;
        }
    }

    /** a mask can only hold antigens the disease expresses */
    private boolean validMask(int m) {
        for (int a = 0; a < Antigen.COUNT; a++) if ((m >> a & 1) == 1 && !expressed[a]) return false;
        return true;
    }

    boolean enabled() {
        return enabled;
    }

    /** the escape variants this ledger takes over from the tile (none when switched off) */
    boolean handles(int mask) {
        return enabled && escape[mask];
    }

    /**
     * Decides, before the tile is seeded, which pre-existing negatives the ledger holds: those of
     * antigens whose negatives would be fewer than the materialisation size on the tile. Returns
     * the per-antigen negative fraction the tile should still seed itself.
     */
    double[] seedFractions(int expectedTileCells) {
        double[] tile = preexisting.clone();
        if (!enabled) return tile;
        for (int a = 0; a < Antigen.COUNT; a++)
            if (expressed[a] && preexisting[a] * expectedTileCells < materialiseTileCells && handles(1 << a)) tile[a] = 0;
        return tile;
    }

    /** seeds the pre-existing variants the tile does not hold: N₀ ~ Poisson(burden · P(variant)) */
    void seed(double burdenCells, double[] tileFractions, MersenneTwisterFast mt) {
        if (!enabled) return;
        this.mt = mt;
        for (int m = 1; m < MASKS; m++) {
            if (!escape[m]) continue;
            double p = 1;
            boolean ledgerHeld = false;
            for (int a = 0; a < Antigen.COUNT; a++) {
                if (!expressed[a]) continue;
                boolean lost = (m >> a & 1) == 1;
                p *= lost ? preexisting[a] : 1 - preexisting[a];
                if (lost && tileFractions[a] == 0 && preexisting[a] > 0) ledgerHeld = true;
            }
            if (ledgerHeld && p > 0) cells[m] += poisson(burdenCells * p);
        }
    }

    /** all ledger cells, in patient cells */
    public long total() {
        long s = 0;
        for (long c : cells) s += c;
        return s;
    }

    /**
     * One tick of τ hours. {@code divisionSuccess} is the tile's share of division attempts that
     * found room (1 on an empty tile); {@code survival} the product of the tile's treatment kill
     * chances since the last tick.
     */
    void tick(CarTModel model, double tauH, double divisionSuccess, double survival, MersenneTwisterFast mt) {
        if (!enabled) return;
        this.mt = mt;
        double scale = model.scale;
        long[] mutants = new long[MASKS];
        for (int m = 1; m < MASKS; m++) {
            long n = cells[m];
            // new loss mutants from the patient's divisions of the tile's kind (scale copies of the tile)
            double mean = tileMutationMean[m];
            tileMutationMean[m] = 0;
            if (mean > 0) mutants[m] += poisson(mean * scale);
            if (n == 0) continue;
            if (survival < 1) n -= binomial(n, 1 - survival);
            long births = poisson(n * birthPerHour * divisionSuccess * tauH);
            long deaths = Math.min(n, poisson(n * deathPerHour * tauH));
            // a dividing clone cell can lose a further antigen: its daughter joins the bigger variant
            for (int a = 0; a < Antigen.COUNT; a++) {
                int next = m | 1 << a;
                if (next == m || !expressed[a] || lossPerDivision[a] <= 0 || births == 0) continue;
                long k = Math.min(births, poisson(births * lossPerDivision[a]));
                births -= k;
                mutants[next] += k;
            }
            cells[m] = Math.max(0, n + births - deaths);
        }
        for (int m = 1; m < MASKS; m++) cells[m] += mutants[m];
        for (int m = 1; m < MASKS; m++) {
            long k = (long) Math.floor(cells[m] / scale);
            if (k >= materialiseTileCells) {
                int placed = model.tumor.placeClone(m, (int) Math.min(k, Integer.MAX_VALUE), model.params(), mt);
                cells[m] = Math.max(0, cells[m] - Math.round(placed * scale));
                if (placed > 0) model.events.add(model.day(), "clone", placed + " tile cells of a " + describe(m) + " subclone join the tile");
            }
        }
    }

    static String describe(int m) {
        StringBuilder sb = new StringBuilder();
        for (Target t : Target.values())
            if ((m >> t.ordinal() & 1) == 1) sb.append(sb.length() == 0 ? "" : "/").append(t.word());
        return sb.append("-negative").toString();
    }

    /**
     * Poisson(mean), exact at any mean: inversion below 10, else Hörmann's transformed rejection
     * with squeeze (PTRS, Insurance Math. Econ. 12:39, 1993), O(1) even at 10¹¹ — commons-math's
     * sampler slows with the mean.
     */
    private long poisson(double mean) {
        return poisson(mean, mt);
    }

    static long poisson(double mean, MersenneTwisterFast r) {
        if (!(mean > 0)) return 0;
        if (mean < 10) {
            double u = r.nextDouble(), p = Math.exp(-mean), cum = p;
            long k = 0;
            while (u > cum && k < 1000) {
                k++;
                p *= mean / k;
                cum += p;
            }
            return k;
        }
        double slam = Math.sqrt(mean), loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = r.nextDouble() - 0.5, v = r.nextDouble(), us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - Gamma.logGamma(k + 1.0))
                return k;
        }
    }

    private long binomial(long n, double p) {
        return Binomial.draw(mt, n, p);
    }
}
