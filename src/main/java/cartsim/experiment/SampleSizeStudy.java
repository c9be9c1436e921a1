package cartsim.experiment;

import cartsim.analysis.Interval;
import cartsim.analysis.Intervals;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Does a patient-level outcome depend on the size of the simulated sample? Runs the same
 * identical patient (a scenario, no between-patient variability) over a list of seeds at the
 * scenario's tile and at a tile with {@code factor}² times the sites, and compares what a trial
 * reads off: response rate, CRS ≥ 2 rate, median blood Tmax and geometric-mean blood Cmax. Both
 * arms use the same seeds. The rate differences carry Newcombe's 95 % interval (hybrid score,
 * from the Wilson intervals of each arm).
 */
public final class SampleSizeStudy {
    private SampleSizeStudy() {}

    /** what one arm (one tile size) gives over the seeds */
    public record Arm(int width, int height, int n, int responders, int crs2, double medianTmaxDays, double geoMeanCmaxPerUl) {
        double responseRate() { return responders / (double) n; }
        double crs2Rate() { return crs2 / (double) n; }
    }

    /** the comparison of the default tile with the bigger one, and whether each acceptance line holds */
    public record Result(String scenario, Arm small, Arm big, Interval responseDiff, Interval crs2Diff) {
        public double tmaxDiffDays() { return big.medianTmaxDays - small.medianTmaxDays; }
        public double cmaxRatio() { return big.geoMeanCmaxPerUl / small.geoMeanCmaxPerUl; }
        public boolean responseAgrees() { return responseDiff.low() <= 0 && responseDiff.high() >= 0; }
        public boolean crs2Agrees() { return crs2Diff.low() <= 0 && crs2Diff.high() >= 0; }
        public boolean tmaxAgrees() { return Math.abs(tmaxDiffDays()) <= 1; }
        public boolean cmaxAgrees() { return Math.abs(cmaxRatio() - 1) <= 0.2; }
        public boolean agrees() { return responseAgrees() && crs2Agrees() && tmaxAgrees() && cmaxAgrees(); }

        /** one row of the markdown table in docs/model.md */
        public String markdownRow() {
            return String.format(Locale.ROOT, "| %s | %d | %d×%d vs %d×%d | %.0f %% vs %.0f %% (Δ %s) | %.0f %% vs %.0f %% (Δ %s) | %.1f vs %.1f | %.3g vs %.3g (× %.2f) | %s |",
                    scenario, small.n, small.width, small.height, big.width, big.height,
                    100 * small.responseRate(), 100 * big.responseRate(), pct(responseDiff),
                    100 * small.crs2Rate(), 100 * big.crs2Rate(), pct(crs2Diff),
                    small.medianTmaxDays, big.medianTmaxDays, small.geoMeanCmaxPerUl, big.geoMeanCmaxPerUl, cmaxRatio(),
                    agrees() ? "yes" : "no");
        }

        private static String pct(Interval i) {
            return String.format(Locale.ROOT, "%+.0f, 95 %% CI %+.0f to %+.0f", 100 * i.estimate(), 100 * i.low(), 100 * i.high());
        }
    }

    public static final String TABLE_HEADER = "| scenario | seeds | tiles | response | CRS ≥ 2 | median blood Tmax (d) | geo-mean blood Cmax (cells/µL) | agree |\n"
            + "|---|---|---|---|---|---|---|---|";

    /**
     * @param factor the big tile's width and height are this many times the scenario's
     * @param firstSeed seeds are firstSeed … firstSeed + seeds − 1 in both arms
     */
    public static Result compare(Scenario s, int seeds, long firstSeed, double days, int factor, int threads) throws Exception {
        int w = s.i("simulation.lattice_width"), h = s.i("simulation.lattice_height");
        Scenario big;
        try {
            big = s.with(Map.of("simulation.lattice_width", w * factor, "simulation.lattice_height", h * factor));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Arm a = arm(s, seeds, firstSeed, days, threads), b = arm(big, seeds, firstSeed, days, threads);
        return new Result(s.name(), a, b, newcombe(a.responders, a.n, b.responders, b.n), newcombe(a.crs2, a.n, b.crs2, b.n));
    }

    /** the study's arm at the scenario's own tile: the share of identical patients that respond */
    public static Arm identicalPatients(Scenario s, int seeds, long firstSeed, double days, int threads) throws Exception {
        return arm(s, seeds, firstSeed, days, threads);
    }

    /** the identical-patient rule: a product's identical patients all respond or all fail, up to 5 % */
    public static boolean decided(Arm a) {
        double share = a.responders() / (double) a.n();
        return share >= 0.95 || share <= 0.05;
    }

    public static final String SHARES_HEADER = "| scenario | tile | seeds | respond | share | decided (≥ 95 % or ≤ 5 %) |\n|---|---|---|---|---|---|";

    public static String sharesRow(String scenario, Arm a) {
        return String.format(java.util.Locale.ROOT, "| %s | %d×%d | %d | %d | %.0f %% | %s |", scenario, a.width(), a.height(), a.n(),
                a.responders(), 100.0 * a.responders() / a.n(), decided(a) ? "yes" : "no");
    }

    static Arm arm(Scenario s, int seeds, long firstSeed, double days, int threads) throws Exception {
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            long seed = firstSeed + k;
            int index = k;
            tasks.add(() -> {
                RunOutput r = Simulation.run(s, seed, days, null);
                Map<String, Object> m = r.summary();
                String best = String.valueOf(m.get("best_response"));
                boolean responds = best.equals("CR") || best.equals("PR");
                return new double[]{index, responds ? 1 : 0, ((Number) m.get("crs_max_grade")).doubleValue() >= 2 ? 1 : 0,
                        num(m.get("cart_peak_blood_day")), num(m.get("cart_peak_blood_per_ul"))};
            });
        }
        double[][] byIndex = new double[seeds][];
        ParallelRuns.run(tasks, threads, r -> byIndex[(int) r[0]] = Arrays.copyOfRange(r, 1, r.length));
        List<double[]> rows = Arrays.asList(byIndex); // seed order, whatever the thread count
        int resp = 0, crs = 0;
        double[] tmax = new double[rows.size()];
        double logSum = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            resp += (int) r[0];
            crs += (int) r[1];
            tmax[i] = r[2];
            logSum += Math.log(Math.max(r[3], 1e-6)); // a patient without detectable blood CAR-T counts at 10⁻⁶/µL
        }
        Arrays.sort(tmax);
        int n = rows.size();
        double median = n % 2 == 1 ? tmax[n / 2] : (tmax[n / 2 - 1] + tmax[n / 2]) / 2;
        return new Arm(s.i("simulation.lattice_width"), s.i("simulation.lattice_height"), n, resp, crs, median, Math.exp(logSum / n));
    }

    private static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    /** Newcombe's hybrid score interval for p₂ − p₁ from the two Wilson intervals */
    static Interval newcombe(int x1, int n1, int x2, int n2) {
        Interval a = Intervals.wilson(x1, n1, 0.95), b = Intervals.wilson(x2, n2, 0.95);
        double p1 = x1 / (double) n1, p2 = x2 / (double) n2, d = p2 - p1;
        double lo = d - Math.sqrt(Math.pow(p2 - b.low(), 2) + Math.pow(a.high() - p1, 2));
        double hi = d + Math.sqrt(Math.pow(b.high() - p2, 2) + Math.pow(p1 - a.low(), 2));
        return new Interval(d, lo, hi);
    }
}
