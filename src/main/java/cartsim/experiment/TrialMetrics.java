package cartsim.experiment;

import cartsim.analysis.Interval;
import cartsim.analysis.Intervals;
import cartsim.analysis.KaplanMeier;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The outcomes a CAR-T trial report gives, computed from the virtual patients: response (ITT
 * and infused), CRS and ICANS, supportive care, cellular kinetics and durability, each with a
 * 95% CI (Wilson for proportions, order statistics for medians, t on the log scale for
 * geometric means, Greenwood for Kaplan–Meier).
 */
public final class TrialMetrics {
    static final double CONF = 0.95;
    /** 12 months = 365 days, so a 365-day follow-up reaches the 12-month landmark */
    static final double MONTH_DAYS = 365.0 / 12;

    /** every metric name, in report order; published: keys must be among these */
    public static final List<String> NAMES = List.of("enrolled", "infused", "orr_itt", "orr_infused", "cr_itt", "cr_infused",
            "crs_any", "crs_grade3plus", "crs_onset_median_days", "crs_duration_median_days", "icans_any", "icans_grade3plus",
            "icans_onset_median_days", "tocilizumab", "steroids", "cart_tmax_median_days", "cart_tmax_median_responders_days",
            "cart_tmax_median_nonresponders_days", "cart_cmax_geomean_responders", "cart_cmax_geomean_nonresponders",
            "cart_cmax_ratio_responders", "rfs_6mo_responders", "rfs_12mo_responders", "antigen_negative_relapse_share");

    /**
     * @param kind  "count", "rate" (0–1), "days", "cells/µL" or "ratio"
     * @param n     the number of patients the value is computed from
     */
    public record Metric(String name, String label, String kind, Interval value, int n, Double published) {}

    private final TrialSpec spec;
    private final List<TrialPatient> all;
    private final List<TrialPatient> infused;
    private final List<Metric> metrics = new ArrayList<>();

    private TrialMetrics(TrialSpec spec, List<TrialPatient> patients) {
        this.spec = spec;
        this.all = patients;
        this.infused = patients.stream().filter(TrialPatient::infused).toList();
    }

    public static List<Metric> compute(TrialSpec spec, List<TrialPatient> patients) {
        TrialMetrics m = new TrialMetrics(spec, patients);
        m.build();
        return List.copyOf(m.metrics);
    }

    /** relapse-free survival among responders: time from infusion to relapse, censored at the end of follow-up */
    public static KaplanMeier relapseFree(List<TrialPatient> patients) {
        List<TrialPatient> responders = patients.stream().filter(p -> p.infused() && p.responder()).toList();
        double[] t = new double[responders.size()];
        boolean[] event = new boolean[responders.size()];
        for (int i = 0; i < t.length; i++) {
            TrialPatient p = responders.get(i);
            Double relapse = p.number("relapse_day");
            event[i] = relapse != null;
            t[i] = relapse != null ? relapse : followUp(p);
        }
        return KaplanMeier.fit(t, event, CONF);
    }

    private static double followUp(TrialPatient p) {
        Double f = p.number("followup_day");
        return f != null ? f : p.number("days");
    }

    private void build() {
        add("enrolled", "Patients enrolled", "count", new Interval(all.size(), Double.NaN, Double.NaN), all.size());
        add("infused", "Patients infused", "count", new Interval(infused.size(), Double.NaN, Double.NaN), all.size());
        Predicate<TrialPatient> orr = TrialPatient::responder;
        Predicate<TrialPatient> cr = p -> "CR".equals(p.endpoint("best_response"));
        rate("orr_itt", "Overall response (CR+PR), intention to treat", all, orr);
        rate("orr_infused", "Overall response (CR+PR), infused", infused, orr);
        rate("cr_itt", "Complete response, intention to treat", all, cr);
        rate("cr_infused", "Complete response, infused", infused, cr);
        rate("crs_any", "CRS, any grade", infused, p -> grade(p, "crs_max_grade") >= 1);
        rate("crs_grade3plus", "CRS, grade ≥3", infused, p -> grade(p, "crs_max_grade") >= 3);
        median("crs_onset_median_days", "Median CRS onset (days after infusion)", values(infused, "crs_onset_day"));
        median("crs_duration_median_days", "Median CRS duration (days)",
                values(infused.stream().filter(p -> grade(p, "crs_max_grade") >= 1).toList(), "crs_duration_days"));
        rate("icans_any", "ICANS, any grade", infused, p -> grade(p, "icans_max_grade") >= 1);
        rate("icans_grade3plus", "ICANS, grade ≥3", infused, p -> grade(p, "icans_max_grade") >= 3);
        median("icans_onset_median_days", "Median ICANS onset (days after infusion)", values(infused, "icans_onset_day"));
        rate("tocilizumab", "Tocilizumab given", infused, p -> p.number("tocilizumab_doses") != null && p.number("tocilizumab_doses") > 0);
        rate("steroids", "Corticosteroids given", infused, p -> Boolean.TRUE.equals(p.endpoint("steroids_given")));
        List<TrialPatient> responders = infused.stream().filter(orr).toList();
        List<TrialPatient> non = infused.stream().filter(orr.negate()).toList();
        median("cart_tmax_median_days", "Median CAR-T Tmax (days), all infused", values(infused, "cart_peak_day"));
        median("cart_tmax_median_responders_days", "Median CAR-T Tmax (days), responders", values(responders, "cart_peak_day"));
        median("cart_tmax_median_nonresponders_days", "Median CAR-T Tmax (days), non-responders", values(non, "cart_peak_day"));
        double[] cmaxR = positive(values(responders, "cart_peak_blood_per_ul"));
        double[] cmaxN = positive(values(non, "cart_peak_blood_per_ul"));
        add("cart_cmax_geomean_responders", "CAR-T Cmax in blood, geometric mean (cells/µL), responders", "cells/µL", geomean(cmaxR), cmaxR.length);
        add("cart_cmax_geomean_nonresponders", "CAR-T Cmax in blood, geometric mean (cells/µL), non-responders", "cells/µL", geomean(cmaxN), cmaxN.length);
        add("cart_cmax_ratio_responders", "Cmax ratio, responders / non-responders (geometric means)", "ratio",
                ratio(cmaxR, cmaxN), cmaxR.length + cmaxN.length);
        KaplanMeier km = relapseFree(all);
        add("rfs_6mo_responders", "Relapse-free survival at 6 months, responders (Kaplan–Meier)", "rate", km.at(6 * MONTH_DAYS), responders.size());
        add("rfs_12mo_responders", "Relapse-free survival at 12 months, responders (Kaplan–Meier)", "rate", km.at(12 * MONTH_DAYS), responders.size());
        List<TrialPatient> relapsed = infused.stream().filter(p -> p.endpoint("relapse_day") != null).toList();
        rate("antigen_negative_relapse_share", "Relapses that are antigen-negative", relapsed,
                p -> Boolean.TRUE.equals(p.endpoint("relapse_antigen_negative")));
    }

    private void add(String name, String label, String kind, Interval v, int n) {
        metrics.add(new Metric(name, label, kind, v, n, spec.published().get(name)));
    }

    private void rate(String name, String label, List<TrialPatient> among, Predicate<TrialPatient> yes) {
        long k = among.stream().filter(yes).count();
        add(name, label, "rate", Intervals.wilson(k, among.size(), CONF), among.size());
    }

    private void median(String name, String label, double[] x) {
        add(name, label, "days", Intervals.median(x, CONF), x.length);
    }

    private static int grade(TrialPatient p, String endpoint) {
        Double g = p.number(endpoint);
        return g == null ? 0 : (int) Math.round(g);
    }

    private static double[] values(List<TrialPatient> ps, String endpoint) {
        return ps.stream().map(p -> p.number(endpoint)).filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).toArray();
    }

    /** logs need positive values; a patient with no CAR-T in blood at all has no Cmax to average */
    private static double[] positive(double[] x) {
        return java.util.Arrays.stream(x).filter(v -> v > 0).toArray();
    }

    private static Interval geomean(double[] x) {
        Interval l = Intervals.tMean(log(x), CONF);
        return new Interval(Math.exp(l.estimate()), Math.exp(l.low()), Math.exp(l.high()));
    }

    /** ratio of geometric means with a Welch t interval on the log scale */
    private static Interval ratio(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) return Interval.undefined(Double.NaN);
        double[] la = log(a), lb = log(b);
        double diff = Intervals.mean(la) - Intervals.mean(lb);
        if (a.length < 2 || b.length < 2) return Interval.undefined(Math.exp(diff));
        double va = Math.pow(Intervals.sd(la), 2) / a.length, vb = Math.pow(Intervals.sd(lb), 2) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) return new Interval(Math.exp(diff), Math.exp(diff), Math.exp(diff));
        double dof = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double t = new TDistribution(dof).inverseCumulativeProbability(1 - (1 - CONF) / 2);
        return new Interval(Math.exp(diff), Math.exp(diff - t * se), Math.exp(diff + t * se));
    }

    private static double[] log(double[] x) {
        return java.util.Arrays.stream(x).map(Math::log).toArray();
    }
}
