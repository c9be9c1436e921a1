package cartsim.experiment;

import cartsim.analysis.Interval;
import cartsim.analysis.Intervals;
import cartsim.analysis.Prcc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** summary.csv (per point and endpoint) and sensitivity.csv (PRCC) from a runs table. */
public final class SweepStatistics {
    static final double CONF = 0.95;

    private SweepStatistics() {}

    /**
     * {@code point,<varied…>,endpoint,kind,n,mean,sd,ci_low,ci_high}: continuous endpoints get the
     * mean with a t interval, yes/no endpoints (booleans and derived rates) the proportion with a
     * Wilson interval. Nulls are left out of n.
     */
    public static String summary(RunsTable t) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(t.varied());
        header.addAll(List.of("endpoint", "kind", "n", "mean", "sd", "ci_low", "ci_high"));
        StringBuilder sb = new StringBuilder(Csv.line(header));
        for (Map.Entry<String, List<List<String>>> g : byPoint(t).entrySet()) {
            List<List<String>> rows = g.getValue();
            List<String> prefix = new ArrayList<>();
            prefix.add(g.getKey());
            for (String v : t.varied()) prefix.add(t.cell(rows.get(0), v));
            for (Map.Entry<String, String> e : t.kinds().entrySet()) {
                List<String> cells = rows.stream().map(r -> t.cell(r, e.getKey())).toList();
                if (RunsTable.CONTINUOUS.equals(e.getValue())) sb.append(Csv.line(continuous(prefix, e.getKey(), cells)));
                else if (RunsTable.RATE.equals(e.getValue())) sb.append(Csv.line(rate(prefix, e.getKey(), cells)));
            }
            for (String rate : derivedNames(t)) {
                List<String> cells = rows.stream().map(r -> yesNo(derived(t, r).get(rate))).toList();
                sb.append(Csv.line(rate(prefix, rate, cells)));
            }
        }
        return sb.toString();
    }

    /**
     * {@code endpoint,parameter,prcc,p_value}: PRCC of every numeric and yes/no endpoint against
     * every varied parameter over all runs (runs with a null endpoint left out). Empty cells where
     * the coefficient is undefined (constant endpoint, too few runs).
     */
    public static String sensitivity(RunsTable t) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("endpoint", "parameter", "prcc", "p_value")));
        List<String> endpoints = new ArrayList<>();
        t.kinds().forEach((k, v) -> {
            if (!RunsTable.TEXT.equals(v)) endpoints.add(k);
        });
        endpoints.addAll(derivedNames(t));
        for (String endpoint : endpoints) {
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (List<String> r : t.rows()) {
                String y = t.kinds().containsKey(endpoint) ? t.cell(r, endpoint) : yesNo(derived(t, r).get(endpoint));
                if (y == null || y.isEmpty()) continue;
                double[] x = new double[t.varied().size()];
                for (int j = 0; j < x.length; j++) x[j] = Double.parseDouble(t.cell(r, t.varied().get(j)));
                xs.add(x);
                ys.add(Double.parseDouble(y));
            }
            Prcc.Result[] res = Prcc.compute(xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray());
            for (int j = 0; j < t.varied().size(); j++) {
                double r = res.length > j ? res[j].prcc() : Double.NaN;
                double p = res.length > j ? res[j].pValue() : Double.NaN;
                sb.append(Csv.line(List.of(endpoint, t.varied().get(j), num(r), num(p))));
            }
        }
        return sb.toString();
    }

    private static Map<String, List<List<String>>> byPoint(RunsTable t) {
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        for (List<String> r : t.rows()) groups.computeIfAbsent(r.get(1), k -> new ArrayList<>()).add(r);
        return groups;
    }

    private static List<String> derivedNames(RunsTable t) {
        List<String> names = new ArrayList<>(DerivedRates.of(c -> t.header().contains(c) ? "" : null).keySet());
        names.removeIf(n -> t.kinds().containsKey(n)); // a model endpoint of the same name wins
        return names;
    }

    private static Map<String, Boolean> derived(RunsTable t, List<String> row) {
        return DerivedRates.of(c -> t.cell(row, c));
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "1" : "0";
    }

    private static List<String> continuous(List<String> prefix, String endpoint, List<String> cells) {
        double[] x = cells.stream().filter(c -> c != null && !c.isEmpty()).mapToDouble(Double::parseDouble).toArray();
        Interval ci = Intervals.tMean(x, CONF);
        return row(prefix, endpoint, RunsTable.CONTINUOUS, x.length, ci.estimate(), Intervals.sd(x), ci);
    }

    private static List<String> rate(List<String> prefix, String endpoint, List<String> cells) {
        long n = cells.stream().filter(c -> c != null && !c.isEmpty()).count();
        long yes = cells.stream().filter("1"::equals).count();
        Interval ci = Intervals.wilson(yes, n, CONF);
        return row(prefix, endpoint, RunsTable.RATE, n, ci.estimate(), Double.NaN, ci);
    }

    private static List<String> row(List<String> prefix, String endpoint, String kind, long n, double mean, double sd, Interval ci) {
        List<String> out = new ArrayList<>(prefix);
        out.addAll(List.of(endpoint, kind, Long.toString(n), num(mean), num(sd), num(ci.low()), num(ci.high())));
        return out;
    }

    static String num(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }
}
