package cartsim.experiment;

import cartsim.analysis.Interval;
import cartsim.analysis.Intervals;
import cartsim.analysis.KaplanMeier;
import cartsim.model.Endpoint;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static cartsim.experiment.TrialMetric.*;

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
    public static final List<String> NAMES = TrialMetric.NAMES;

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

    /**
     * Relapse-free survival among responders: time from infusion to progression at an assessment
     * (relapse after CR, or progression after PR: both count), censored at the end of follow-up.
     */
    public static KaplanMeier relapseFree(List<TrialPatient> patients) {
        return progressionFree(patients.stream().filter(p -> p.infused() && p.responder()).toList(), false);
    }

    /** time to progression from infusion ({@code fromResponse}: from the first response), censored at the end of follow-up */
    static KaplanMeier progressionFree(List<TrialPatient> ps, boolean fromResponse) {
        double[] t = new double[ps.size()];
        boolean[] event = new boolean[ps.size()];
        for (int i = 0; i < t.length; i++) {
            TrialPatient p = ps.get(i);
            Double pfs = progression(p);
            event[i] = pfs != null;
            double start = 0;
            if (fromResponse) {
                Double ttr = p.number(Endpoint.TIME_TO_RESPONSE_DAYS.key());
                start = ttr == null ? 0 : ttr;
            }
            t[i] = Math.max(0, (pfs != null ? pfs : followUp(p)) - start);
        }
        return KaplanMeier.fit(t, event, CONF);
    }

    /** progression by the assessments; the lattice relapse day for journals written before them */
    private static Double progression(TrialPatient p) {
        if (p.endpoints() != null && p.endpoints().containsKey(Endpoint.PFS_DAY.key())) return p.number(Endpoint.PFS_DAY.key());
        return p.number(Endpoint.RELAPSE_DAY.key());
    }

    private static double followUp(TrialPatient p) {
        Double f = p.number(Endpoint.FOLLOWUP_DAY.key());
        return f != null ? f : p.number(Endpoint.DAYS.key());
    }

    private void build() {
        add(ENROLLED, new Interval(all.size(), Double.NaN, Double.NaN), all.size());
        add(INFUSED, new Interval(infused.size(), Double.NaN, Double.NaN), all.size());
        Predicate<TrialPatient> orr = TrialPatient::responder;
        Predicate<TrialPatient> cr = TrialPatient::completeResponder;
        rate(ORR_ITT, all, orr);
        rate(ORR_INFUSED, infused, orr);
        rate(CR_ITT, all, cr);
        rate(CR_INFUSED, infused, cr);
        // CRS and neurotoxicity rates by the scales the trial reported
        Endpoint crsGrade = spec.grading().crsMaxGrade(), neuroGrade = spec.grading().neuroMaxGrade();
        rate(CRS_ANY, infused, p -> grade(p, crsGrade) >= 1);
        rate(CRS_GRADE3PLUS, infused, p -> grade(p, crsGrade) >= 3);
        median(CRS_ONSET_MEDIAN_DAYS, values(infused, Endpoint.CRS_ONSET_DAY));
        median(CRS_DURATION_MEDIAN_DAYS,
                values(infused.stream().filter(p -> grade(p, Endpoint.CRS_MAX_GRADE) >= 1).toList(), Endpoint.CRS_DURATION_DAYS));
        rate(ICANS_ANY, infused, p -> grade(p, neuroGrade) >= 1);
        rate(ICANS_GRADE3PLUS, infused, p -> grade(p, neuroGrade) >= 3);
        median(ICANS_ONSET_MEDIAN_DAYS, values(infused, Endpoint.ICANS_ONSET_DAY));
        String doses = Endpoint.TOCILIZUMAB_DOSES.key();
        rate(TOCILIZUMAB, infused, p -> p.number(doses) != null && p.number(doses) > 0);
        rate(STEROIDS, infused, p -> Boolean.TRUE.equals(p.endpoint(Endpoint.STEROIDS_GIVEN.key())));
        List<TrialPatient> responders = infused.stream().filter(orr).toList();
        List<TrialPatient> non = infused.stream().filter(orr.negate()).toList();
        median(CART_TMAX_MEDIAN_DAYS, values(infused, Endpoint.CART_PEAK_DAY));
        median(CART_TMAX_MEDIAN_RESPONDERS_DAYS, values(responders, Endpoint.CART_PEAK_DAY));
        median(CART_TMAX_MEDIAN_NONRESPONDERS_DAYS, values(non, Endpoint.CART_PEAK_DAY));
        double[] cmaxR = positive(values(responders, Endpoint.CART_PEAK_BLOOD_PER_UL));
        double[] cmaxN = positive(values(non, Endpoint.CART_PEAK_BLOOD_PER_UL));
        add(CART_CMAX_GEOMEAN_RESPONDERS, geomean(cmaxR), cmaxR.length);
        add(CART_CMAX_GEOMEAN_NONRESPONDERS, geomean(cmaxN), cmaxN.length);
        add(CART_CMAX_RATIO_RESPONDERS, ratio(cmaxR, cmaxN), cmaxR.length + cmaxN.length);
        KaplanMeier km = relapseFree(all);
        add(RFS_6MO_RESPONDERS, km.at(6 * MONTH_DAYS), responders.size());
        add(RFS_12MO_RESPONDERS, km.at(12 * MONTH_DAYS), responders.size());
        KaplanMeier dor = progressionFree(responders, true);
        add(DOR_MEDIAN_MONTHS, months(dor.median()), responders.size());
        add(DOR_6MO, dor.at(6 * MONTH_DAYS), responders.size());
        add(DOR_12MO, dor.at(12 * MONTH_DAYS), responders.size());
        KaplanMeier pfs = progressionFree(infused, false);
        add(PFS_MEDIAN_MONTHS, months(pfs.median()), infused.size());
        add(PFS_6MO, pfs.at(6 * MONTH_DAYS), infused.size());
        add(PFS_12MO, pfs.at(12 * MONTH_DAYS), infused.size());
        List<TrialPatient> relapsed = infused.stream().filter(p -> p.endpoint(Endpoint.RELAPSE_DAY.key()) != null).toList();
        rate(ANTIGEN_NEGATIVE_RELAPSE_SHARE, relapsed, p -> Boolean.TRUE.equals(p.endpoint(Endpoint.RELAPSE_ANTIGEN_NEGATIVE.key())));
        String aplasia = Endpoint.B_CELL_APLASIA.key();
        rate(B_CELL_APLASIA_DAY28, infused.stream().filter(p -> p.endpoint(aplasia) != null).toList(),
                p -> Boolean.TRUE.equals(p.endpoint(aplasia)));
    }

    private static Interval months(Interval days) {
        return new Interval(days.estimate() / MONTH_DAYS, days.low() / MONTH_DAYS, days.high() / MONTH_DAYS);
    }

    private void add(TrialMetric metric, Interval v, int n) {
        metrics.add(new Metric(metric.key, metric.label, metric.kind, v, n, spec.published().get(metric.key)));
    }

    private void rate(TrialMetric metric, List<TrialPatient> among, Predicate<TrialPatient> yes) {
        long k = among.stream().filter(yes).count();
        add(metric, Intervals.wilson(k, among.size(), CONF), among.size());
    }

    private void median(TrialMetric metric, double[] x) {
        add(metric, Intervals.median(x, CONF), x.length);
    }

    private static int grade(TrialPatient p, Endpoint endpoint) {
        Double g = p.number(endpoint.key());
        return g == null ? 0 : (int) Math.round(g);
    }

    private static double[] values(List<TrialPatient> ps, Endpoint endpoint) {
        return ps.stream().map(p -> p.number(endpoint.key())).filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).toArray();
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
