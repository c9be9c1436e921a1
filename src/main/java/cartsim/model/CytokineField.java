package cartsim.model;

/**
 * A diffusing, decaying concentration field on the lattice (values in pg/mL of tissue, or
 * kill-equivalents per site for debris). Explicit five-point diffusion with no-flux edges conserves
 * mass exactly (each exchange moves the same amount out of one site and into its neighbour);
 * first-order decay is applied exactly as exp(−k·Δt) and the removed mass is reported so that a
 * share of it can feed the serum. Stability (D·Δt_sub/dx² ≤ 0.25) is guarded by the scenario
 * schema and checked again here.
 */
public final class CytokineField {
    public final String name;
    final int w, h;
    float[] v, tmp;
    private final double r;          // D·Δt_sub/dx², per sub-step
    private final int substeps;
    private final double keep;       // exp(−decay·Δt)
    private boolean quiet = true;    // nothing to diffuse: skip work (late follow-up is mostly quiet)

    public CytokineField(String name, int w, int h, double diffusionUm2PerS, double decayPerH,
                         double dxUm, double dtMinutes, int substeps) {
        this.name = name;
        this.w = w;
        this.h = h;
        this.v = new float[w * h];
        this.tmp = new float[w * h];
        this.substeps = substeps;
        this.r = diffusionUm2PerS * (dtMinutes * 60 / substeps) / (dxUm * dxUm);
        if (r > 0.25) throw new IllegalArgumentException(name + ": unstable diffusion ratio " + r);
        this.keep = Math.exp(-decayPerH * dtMinutes / 60);
    }

    public void add(int site, float amount) {
        v[site] += amount;
        quiet = false;
    }

    public float get(int site) {
        return v[site];
    }

    /** read-only view of the values (row-major, y·w + x) */
    public float[] values() {
        return v;
    }

    public double total() {
        double s = 0;
        for (float x : v) s += x;
        return s;
    }

    /** diffuses for one base step; mass is conserved up to float rounding */
    public void diffuse() {
        if (quiet || r == 0) return;
        float rr = (float) r;
        for (int k = 0; k < substeps; k++) {
            float[] a = v, b = tmp;
            for (int y = 0; y < h; y++) {
                int row = y * w;
                boolean top = y == 0, bottom = y == h - 1;
                // edges: no-flux, so a missing neighbour contributes no exchange
                edge(a, b, row, row, top, bottom, rr);
                if (w > 1) edge(a, b, row, row + w - 1, top, bottom, rr);
                if (top || bottom) {
                    for (int i = row + 1; i < row + w - 1; i++) edge(a, b, row, i, top, bottom, rr);
                } else {
                    // interior: branch-free five-point stencil (the JIT vectorises this loop)
                    for (int i = row + 1; i < row + w - 1; i++) {
                        float c = a[i];
                        b[i] = c + rr * (a[i - 1] + a[i + 1] + a[i - w] + a[i + w] - 4 * c);
                    }
                }
            }
            v = b;
            tmp = a;
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

    /** applies first-order decay; returns the total removed (same units as the field × sites) */
    public double decay() {
        if (quiet) return 0;
        double removed = 0, left = 0;
        float kf = (float) keep;
        float[] a = v;
        for (int i = 0; i < a.length; i++) {
            float x = a[i];
            if (x == 0f) continue;
            float y = x * kf;
            if (y < 1e-12f) y = 0f; // flush tiny values: avoids denormal slow-down in long follow-up
            removed += x - y;
            left += y;
            a[i] = y;
        }
        if (left == 0) quiet = true;
        return removed;
    }
}
