package cartsim.model;

import java.util.Arrays;

/**
 * A diffusing, decaying concentration field on the lattice (values in pg/mL of tissue, or
 * kill-equivalents per site for debris). Explicit five-point diffusion with no-flux edges conserves
 * mass exactly (each exchange moves the same amount out of one site and into its neighbour);
 * first-order decay is applied exactly as exp(−k·Δt) and the removed mass is reported so that a
 * share of it can feed the serum. Stability (D·Δt_sub/dx² ≤ 0.25) is guarded by the scenario
 * schema and checked again here.
 *
 * <p>The work follows the cytokine, not the lattice: each row keeps the column range that can hold
 * non-zero values, diffusion and decay touch only those ranges (grown by one site per sub-step),
 * and values below {@code floor} are flushed to zero by decay (at each row's ends every step,
 * everywhere every {@link #FULL_FLUSH_EVERY} steps) and counted as removed, so the mass balance
 * still closes. Outside the ranges the field is exactly zero, so skipping it is exact; only the
 * flush is an approximation, bounded by {@code floor} per site (a level chosen far below anything
 * a rule reads; see {@code cytokines.negligible_tissue_pg_per_ml}). What decay removes is
 * (1 − keep) of the field's mass, which is tracked (added minus drained) rather than summed
 * over the sites.
 *
 * <p>A field whose only effect is its total (IL-6: no rule reads its tissue map, only the share
 * that drains to serum) can be {@code lumped}: it keeps the total, and the map only when a display
 * asks for it. The removed mass is computed from the total in both modes, so showing the map
 * cannot change a result.
 */
public final class CytokineField {
    public final String name;
    final int w, h;
    float[] v, tmp;
    private final double r;          // D·Δt_sub/dx², per sub-step
    private final int substeps;
    private final double keep;       // exp(−decay·Δt)
    private final float floor;       // values below this are flushed to zero by decay
    private final boolean lumped;    // results come from the total only
    private boolean mapped;          // the map is kept (always, unless lumped and nobody looks)
    private double lumpedTotal;
    private double mass;             // what add() put in minus what decay took out (the map's total up to rounding)
    private long decays;             // decay() calls of the map, for the periodic full flush
    private boolean drainReported = true; // false: decay() need not report what it removes
    // per row: the column range [lo, hi] outside which the row is exactly 0 (lo > hi: empty)
    private final int[] lo, hi, tmpLo, tmpHi;
    private boolean quiet = true;    // nothing anywhere: skip all work (late follow-up is mostly quiet)
    private float[] sum;             // scratch of the dense passes (shared by a model's fields), made on first use

    public CytokineField(String name, int w, int h, double diffusionUm2PerS, double decayPerH,
                         double dxUm, double dtMinutes, int substeps) {
        this(name, w, h, diffusionUm2PerS, decayPerH, dxUm, dtMinutes, substeps, 1e-12f, false);
    }

    public CytokineField(String name, int w, int h, double diffusionUm2PerS, double decayPerH,
                         double dxUm, double dtMinutes, int substeps, float floor, boolean lumped) {
        this.name = name;
        this.w = w;
        this.h = h;
        this.substeps = substeps;
        this.r = diffusionUm2PerS * (dtMinutes * 60 / substeps) / (dxUm * dxUm);
        if (r > 0.25) throw new IllegalArgumentException(name + ": unstable diffusion ratio " + r);
        this.keep = Math.exp(-decayPerH * dtMinutes / 60);
        this.floor = floor;
        this.lumped = lumped;
        this.mapped = !lumped;
        if (mapped) allocateMap(); // a lumped field nobody looks at never holds a map
        lo = new int[h];
        hi = new int[h];
        tmpLo = new int[h];
        tmpHi = new int[h];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, -1);
    }

    /** for a field whose drained mass nobody reads (debris): decay() then returns 0 */
    public CytokineField withoutDrain() {
        drainReported = false;
        return this;
    }

    /**
     * Lets fields of one model share one scratch array: it holds nothing between calls, and a
     * model advances its fields one after the other.
     */
    public CytokineField sharingScratch(CytokineField other) {
        if (other.w != w || other.h != h) throw new IllegalArgumentException("fields of different sizes");
        if (other.sum == null) other.sum = new float[w * h];
        sum = other.sum;
        return this;
    }

    /** keeps the tissue map of a lumped field for display (from now on); results are unchanged */
    public void keepMap() {
        if (!mapped) allocateMap();
        mapped = true;
    }

    private void allocateMap() {
        v = new float[w * h];
        tmp = new float[w * h];
    }

    /** bytes of the map and its second buffer (0 for a lumped field nobody maps) */
    public long mapBytes() {
        return mapped ? 8L * w * h : 0;
    }

    /** empties the field (hand-built states) */
    public void clear() {
        if (mapped) clearMap();
        lumpedTotal = 0;
        mass = 0;
        quiet = true;
    }

    public void add(int site, float amount) {
        quiet = false;
        if (lumped) lumpedTotal += amount;
        if (!mapped) return;
        mass += amount;
        v[site] += amount;
        int y = site / w, x = site - y * w;
        if (x < lo[y]) lo[y] = x;
        if (x > hi[y]) hi[y] = x;
    }

    public float get(int site) {
        return mapped ? v[site] : 0f;
    }

    /** read-only view of the values (row-major, y·w + x); all zero for a lumped field nobody maps */
    public float[] values() {
        return mapped ? v : new float[w * h];
    }

    public double total() {
        if (lumped || !mapped) return lumpedTotal;
        double s = 0;
        for (float x : v) s += x;
        return s;
    }

    /** sites inside the tracked ranges (the work one sub-step does), for benchmarks and tests */
    public long activeSites() {
        long n = 0;
        for (int y = 0; y < h; y++) if (hi[y] >= lo[y]) n += hi[y] - lo[y] + 1;
        return n;
    }

    /** diffuses for one base step; mass is conserved up to float rounding */
    public void diffuse() {
        if (quiet || r == 0 || !mapped) return;
        float rr = (float) r;
        for (int k = 0; k < substeps; k++) {
            float[] a = v, b = tmp;
            // the ranges only grow within a call, so b's stale values (from its own last use)
            // lie inside what is written now; tmp is cleared at the end of the call
            long inRanges = 0;
            int first = -1, last = -1; // the inner rows (not top or bottom) with a non-empty range
            for (int y = 0; y < h; y++) {
                int l = lo[y], u = hi[y];
                if (y > 0) { l = Math.min(l, lo[y - 1]); u = Math.max(u, hi[y - 1]); }
                if (y < h - 1) { l = Math.min(l, lo[y + 1]); u = Math.max(u, hi[y + 1]); }
                if (u < l) { tmpLo[y] = Integer.MAX_VALUE; tmpHi[y] = -1; continue; }
                tmpLo[y] = Math.max(0, l - 1);
                tmpHi[y] = Math.min(w - 1, u + 1);
                if (y == 0 || y == h - 1) continue;
                inRanges += tmpHi[y] - tmpLo[y] + 1;
                if (first < 0) first = y;
                last = y;
            }
            outerRow(a, b, 0, rr); // top and bottom rows: each site has a missing neighbour
            if (h > 1) outerRow(a, b, h - 1, rr);
            if (first >= 0) {
                long span = (long) (last - first + 1) * w;
                if (inRanges * DENSE_COST >= span) denseRows(a, b, first, last, rr);
                else for (int y = first; y <= last; y++) if (tmpHi[y] >= tmpLo[y]) sparseRow(a, b, y, rr);
            }
            v = b;
            tmp = a;
            System.arraycopy(tmpLo, 0, lo, 0, h);
            System.arraycopy(tmpHi, 0, hi, 0, h);
        }
        // tmp now holds the last-but-one sub-step, inside the current ranges: clear it
        for (int y = 0; y < h; y++) if (hi[y] >= lo[y]) Arrays.fill(tmp, y * w + lo[y], y * w + hi[y] + 1, 0f);
    }

    /**
     * How much cheaper per site the dense pass is than the row-by-row stencil (measured about 2×
     * on JDK 17): the dense pass is used once the tracked ranges fill at least 1/DENSE_COST of
     * the rows they span.
     */
    private static final int DENSE_COST = 2;

    /** one inner row's tracked range: the five-point stencil, with no-flux edges at the tile's sides */
    private void sparseRow(float[] a, float[] b, int y, float rr) {
        int row = y * w, from = row + tmpLo[y], to = row + tmpHi[y];
        // no-flux edges: a missing neighbour contributes no exchange
        if (tmpLo[y] == 0) edge(a, b, row, from++, false, false, rr);
        if (tmpHi[y] == w - 1 && to >= from) edge(a, b, row, to--, false, false, rr);
        // scalar: rows are short here, and a rarely run lane loop is compiled without the vector
        // intrinsics (JFR showed it boxing every lane into an object)
        VectorStencil.fivePointScalar(a, b, from, to, w, rr);
    }

    /**
     * Whole inner rows first..last as one span, in SIMD lanes when the JVM has the Vector API
     * ({@link VectorStencil}), else by {@link #shiftedSums}. Both form the sums in the order of
     * {@link #sparseRow}, so every value is bit-identical to the row-by-row stencil. Sites outside
     * the ranges have only zero neighbours and come out exactly 0; the side columns, where the
     * span wraps from one row to the next, are redone with their no-flux form.
     */
    private void denseRows(float[] a, float[] b, int first, int last, float rr) {
        int from = first * w, to = (last + 1) * w - 1, len = to - from + 1;
        if (Simd.ready()) VectorStencil.fivePoint(a, b, from, to, w, rr);
        else shiftedSums(a, b, from, to, len, rr);
        if (w < 2) {
            for (int y = first; y <= last; y++) edge(a, b, y * w, y * w, false, false, rr);
            return;
        }
        sideColumns(a, b, first, last, rr);
    }

    /**
     * The stencil over [from, to] without SIMD lanes. JDK 17's auto-vectoriser does not vectorise
     * a loop that reads one array at several offsets, so each neighbour is first copied to the
     * same index of a scratch array (System.arraycopy) and the sums run over equal indices, which
     * it does vectorise (about 2× the plain loop).
     */
    private void shiftedSums(float[] a, float[] b, int from, int to, int len, float rr) {
        if (sum == null) sum = new float[w * h];
        float[] s = sum;
        System.arraycopy(a, from - 1, s, from, len);      // left neighbour
        System.arraycopy(a, from + 1, b, from, len);      // right neighbour
        addInto(s, b, from, to);
        System.arraycopy(a, from - w, b, from, len);      // upper neighbour
        addInto(s, b, from, to);
        System.arraycopy(a, from + w, b, from, len);      // lower neighbour
        stencil(a, b, s, from, to, rr);
    }

    private void sideColumns(float[] a, float[] b, int first, int last, float rr) {
        // the side columns of inner rows: edge()'s sums for a missing left or right neighbour,
        // in its order, without its tests (0 + x is exactly x, so the floats are the same)
        for (int y = first; y <= last; y++) {
            int i = y * w;
            float c = a[i];
            float flux = a[i + 1] - c;
            flux += a[i - w] - c;
            flux += a[i + w] - c;
            b[i] = c + rr * flux;
            i += w - 1;
            c = a[i];
            flux = a[i - 1] - c;
            flux += a[i - w] - c;
            flux += a[i + w] - c;
            b[i] = c + rr * flux;
        }
    }

    /**
     * The top or bottom row's tracked range, whose sites lack the neighbour beyond the tile:
     * corners and degenerate tiles go through {@link #edge}, the rest is its sum in its order
     */
    private void outerRow(float[] a, float[] b, int y, float rr) {
        int x0 = tmpLo[y], x1 = tmpHi[y], row = y * w;
        if (x1 < x0) return;
        boolean top = y == 0, bottom = y == h - 1;
        if (w < 3 || top == bottom) {
            for (int x = x0; x <= x1; x++) edge(a, b, row, row + x, top, bottom, rr);
            return;
        }
        if (x0 == 0) edge(a, b, row, row, top, bottom, rr);
        if (x1 == w - 1) edge(a, b, row, row + w - 1, top, bottom, rr);
        int off = top ? w : -w; // the one vertical neighbour there is
        for (int i = row + Math.max(x0, 1), to = row + Math.min(x1, w - 2); i <= to; i++) {
            float c = a[i];
            float flux = a[i - 1] - c;
            flux += a[i + 1] - c;
            flux += a[i + off] - c;
            b[i] = c + rr * flux;
        }
    }

    // the dense pass's loops are small methods of their own, as decay's multiplication has to be
    // (compiled inside decayMap it stayed scalar, 6× slower); for these two no difference was
    // measured, they are kept alike so that a larger caller cannot cost their vectorisation
    private static void addInto(float[] s, float[] b, int from, int to) {
        for (int i = from; i <= to; i++) s[i] += b[i];
    }

    private static void stencil(float[] a, float[] b, float[] s, int from, int to, float rr) {
        for (int i = from; i <= to; i++) {
            float c = a[i];
            b[i] = c + rr * (s[i] + b[i] - 4 * c);
        }
    }

    private void edge(float[] a, float[] b, int row, int i, boolean top, boolean bottom, float rr) {
        float c = a[i];
        float flux = 0;
        int x = i - row;
        if (x > 0) flux += a[i - 1] - c;
        if (x < w - 1) flux += a[i + 1] - c;
        if (!top) flux += a[i - w] - c;
        if (!bottom) flux += a[i + w] - c;
        b[i] = c + rr * flux;
    }

    /** applies first-order decay; returns the total removed (same units as the field × sites; 0 {@link #withoutDrain()}) */
    public double decay() {
        if (quiet) return 0;
        double removed = mapped ? decayMap() : 0;
        if (!lumped) return removed;
        // a lumped field's result is its total's decay, whether or not the map is kept
        double left = lumpedTotal * keep;
        if (left < floor) left = 0;
        removed = lumpedTotal - left;
        lumpedTotal = left;
        if (left == 0) {
            quiet = true;
            if (mapped) clearMap();
        }
        return removed;
    }

    /**
     * How often (in decays) every value below the floor is flushed; in between only each row's
     * ends are (which is all the range tracking needs). The flush is a select, which JDK 17 does
     * not vectorise: done every step it cost about nine times the multiplication. Between full
     * flushes a value below the floor lives at most this many steps more, which keeps the flush
     * error under floor / (1 − keep) as before and sub-floor values far above float's subnormal
     * range, where arithmetic slows down.
     */
    static final int FULL_FLUSH_EVERY = 8;

    private double decayMap() {
        boolean any = false, full = ++decays % FULL_FLUSH_EVERY == 0;
        float kf = (float) keep, fl = floor;
        // a row's ends are trimmed below the floor, and at least the exact zeros (floor 0)
        float trim = Math.max(fl, Float.MIN_VALUE);
        float[] a = v;
        double flushed = 0;
        // the multiplication in one pass over equal indices, no branch (the JIT vectorises it):
        // over the whole span of the non-empty rows, where that is little more than their
        // ranges (outside them the field is exactly 0, and 0 · keep = 0), else row by row.
        // A loop over one short row costs as much in set-up as in work
        int first = -1, last = -1;
        long inRanges = 0;
        for (int y = 0; y < h; y++) {
            if (hi[y] < lo[y]) continue;
            if (first < 0) first = y;
            last = y;
            inRanges += hi[y] - lo[y] + 1;
        }
        if (first < 0) {
            if (!lumped) quiet = true;
            return drainReported ? drainAll() : 0;
        }
        int spanFrom = first * w + lo[first], spanTo = last * w + hi[last];
        boolean span = inRanges * DENSE_COST >= spanTo - spanFrom + 1;
        if (span) {
            scale(a, spanFrom, spanTo, kf);
            if (full) flushed += flushBelowFloor(a, spanFrom, spanTo, fl);
        }
        for (int y = first; y <= last; y++) {
            int l = lo[y], u = hi[y];
            if (u < l) continue;
            int row = y * w, from = row + l, to = row + u;
            if (!span) {
                scale(a, from, to, kf);
                if (full) flushed += flushBelowFloor(a, from, to, fl);
            }
            // trim the row's range to the values at or above the floor, flushing what it drops
            while (from <= to && a[from] < trim) {
                flushed += a[from];
                a[from++] = 0f;
            }
            while (to >= from && a[to] < trim) {
                flushed += a[to];
                a[to--] = 0f;
            }
            if (from > to) {
                lo[y] = Integer.MAX_VALUE;
                hi[y] = -1;
            } else {
                lo[y] = from - row;
                hi[y] = to - row;
                any = true;
            }
        }
        if (!any && !lumped) quiet = true;
        if (!drainReported) return 0;
        if (quiet) return drainAll();
        // what decay removes is (1 − keep) of the mass, and the mass is known without a sum:
        // add() puts it in, diffusion conserves it (up to float rounding), decay and the flush take
        // it out. A field that falls quiet has drained all of it, so the balance closes exactly
        double removed = mass * (1 - keep) + flushed;
        mass = mass * keep - flushed;
        return removed;
    }

    /** a field fallen quiet has drained all its mass: the balance closes exactly */
    private double drainAll() {
        double removed = mass;
        mass = 0;
        return removed;
    }

    /** a[from..to] × k: a small method of its own, which the JIT vectorises (inside decayMap it did not) */
    private static void scale(float[] a, int from, int to, float k) {
        for (int i = from; i <= to; i++) a[i] *= k;
    }

    /** zeroes the values below the floor in [from, to]; returns their sum */
    private static double flushBelowFloor(float[] a, int from, int to, float fl) {
        double flushed = 0;
        for (int i = from; i <= to; i++) {
            float t = a[i];
            if (t < fl && t != 0f) {
                flushed += t;
                a[i] = 0f;
            }
        }
        return flushed;
    }

    private void clearMap() {
        for (int y = 0; y < h; y++) {
            if (hi[y] >= lo[y]) Arrays.fill(v, y * w + lo[y], y * w + hi[y] + 1, 0f);
            lo[y] = Integer.MAX_VALUE;
            hi[y] = -1;
        }
    }
}
