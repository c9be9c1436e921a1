package cartsim.experiment.calibration;

import cartsim.experiment.Numbers;
import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialMetric;
import cartsim.experiment.TrialSpec;
import cartsim.experiment.YamlFields;
import cartsim.scenario.CartSchema;
import cartsim.scenario.IncludedFile;
import cartsim.scenario.Param;
import cartsim.scenario.ParamType;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.Schema;
import cartsim.scenario.Suggest;
import cartsim.scenario.YamlNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and strictly checks a calibration file. Errors are one line
 * {@code FILE:LINE:COL: key: problem (allowed: …)}, like scenario, sweep and trial files; errors
 * inside a target trial file are reported at the line that names it.
 */
public final class CalibrationLoader {
    public static final List<String> KEYS = List.of("name", "description", "seed", "method", "budget", "targets", "free",
            "cmaes", "abc");
    public static final List<String> BUDGET_KEYS = List.of("evaluations", "patients");
    public static final List<String> TARGET_KEYS = List.of("trial", "name", "days", "metrics");
    public static final List<String> SPREAD_KEYS = List.of("sd", "weight");
    public static final List<String> FREE_KEYS = List.of("min", "max", "scale", "start", "prior");
    public static final List<String> SCALES = List.of("linear", "log");
    public static final List<String> PRIORS = List.of("uniform", "normal", "lognormal");
    public static final Map<String, List<String>> PRIOR_KEYS = Map.of(
            "uniform", List.of("dist"), "normal", List.of("dist", "mean", "sd"), "lognormal", List.of("dist", "median", "cv"));
    public static final List<String> CMAES_KEYS = List.of("population", "sigma");
    public static final List<String> ABC_KEYS = List.of("population", "quantile");
    public static final int MAX_EVALUATIONS = 1_000_000, MAX_POPULATION = 10_000, DEFAULT_ABC_POPULATION = 20;
    public static final double DEFAULT_SIGMA = 0.3, DEFAULT_QUANTILE = 0.5;

    private CalibrationLoader() {}

    public static CalibrationSpec load(Path file) throws ScenarioException {
        Schema schema = CartSchema.get();
        YamlNode.Mapping root = YamlFields.readFile(file);
        YamlFields.onlyKeys(root, "", KEYS);
        Map<String, YamlNode.Entry> e = root.entries();
        String name = e.containsKey("name") ? YamlFields.text(e.get("name").value(), "name") : baseName(file);
        if (e.containsKey("description")) YamlFields.text(e.get("description").value(), "description");
        long seed = YamlFields.whole(YamlFields.required(root, "", "seed", "a whole number").value(), "seed", 0, Long.MAX_VALUE);
        CalibrationSpec.Method method = CalibrationSpec.Method.of(YamlFields.word(
                YamlFields.required(root, "", "method", String.join(", ", CalibrationSpec.Method.WORDS)).value(), "method",
                CalibrationSpec.Method.WORDS));

        YamlNode.Mapping budget = YamlFields.mapping(YamlFields.required(root, "", "budget", "{evaluations: N, patients: N}").value(),
                "budget", "{evaluations: N, patients: N}");
        YamlFields.onlyKeys(budget, "budget.", BUDGET_KEYS);
        YamlNode evalNode = YamlFields.required(budget, "budget.", "evaluations", "a whole number ≥ 1").value();
        int evaluations = (int) YamlFields.whole(evalNode, "budget.evaluations", 1, MAX_EVALUATIONS);
        Integer patients = budget.entries().containsKey("patients")
                ? (int) YamlFields.whole(budget.entries().get("patients").value(), "budget.patients", 1, 1_000_000) : null;

        List<FreeParameter> free = free(YamlFields.required(root, "", "free", "parameter path: {min, max, scale, start, prior}"),
                schema);
        List<CalibrationSpec.Target> targets = targets(file, YamlFields.required(root, "", "targets", "a list of {trial, metrics}"),
                patients, free);

        String own = method == CalibrationSpec.Method.CMAES ? "cmaes" : "abc";
        String other = own.equals("cmaes") ? "abc" : "cmaes";
        if (e.containsKey(other)) {
            throw new ScenarioException(e.get(other).keyAt(), other, "only for method " + (other.equals("cmaes") ? "cmaes" : "abc-smc")
                    + "; this file's method is " + method.word, own);
        }
        int population = method == CalibrationSpec.Method.CMAES ? 4 + (int) Math.floor(3 * Math.log(free.size()))
                : DEFAULT_ABC_POPULATION;
        double sigma = DEFAULT_SIGMA, quantile = DEFAULT_QUANTILE;
        if (e.containsKey(own)) {
            YamlNode.Mapping m = YamlFields.mapping(e.get(own).value(), own, String.join(", ", own.equals("cmaes") ? CMAES_KEYS : ABC_KEYS));
            YamlFields.onlyKeys(m, own + ".", own.equals("cmaes") ? CMAES_KEYS : ABC_KEYS);
            Map<String, YamlNode.Entry> o = m.entries();
            if (o.containsKey("population")) {
                population = (int) YamlFields.whole(o.get("population").value(), own + ".population", 2, MAX_POPULATION);
            }
            if (o.containsKey("sigma")) {
                sigma = YamlFields.number(o.get("sigma").value(), "cmaes.sigma", 1e-6, 1);
            }
            if (o.containsKey("quantile")) {
                quantile = YamlFields.number(o.get("quantile").value(), "abc.quantile", 0.01, 1);
            }
        }
        if (evaluations < population || evaluations % population != 0) {
            throw new ScenarioException(evalNode.at(), "budget.evaluations",
                    evaluations + " is not a whole number of generations of " + population + " candidates",
                    "a multiple of " + own + ".population (" + population + ")");
        }
        return new CalibrationSpec(name, file, seed, method, evaluations, patients, targets, free, population, sigma, quantile);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n.endsWith(".yml") ? n.substring(0, n.length() - 4) : n;
    }

    private static List<FreeParameter> free(YamlNode.Entry entry, Schema schema) throws ScenarioException {
        YamlNode.Mapping m = YamlFields.mapping(entry.value(), "free", "parameter path: {min, max, scale, start, prior}");
        if (m.entries().isEmpty()) throw new ScenarioException(m.at(), "free", "needs at least one parameter");
        List<FreeParameter> out = new ArrayList<>();
        for (YamlNode.Entry f : m.entries().values()) {
            String key = "free." + f.key();
            Param p = schema.find(f.key());
            if (p == null) {
                List<String> all = schema.params().stream().map(Param::path).toList();
                throw new ScenarioException(f.keyAt(), key, "unknown parameter" + Suggest.hint(Suggest.close(f.key(), all)),
                        "a parameter path such as cart.division_time_h (see docs/parameters.md)");
            }
            if (p.type() != ParamType.DOUBLE) {
                throw new ScenarioException(f.keyAt(), key, "only real-valued parameters can be fitted; this one is " + p.type(),
                        "a real-valued parameter (see docs/parameters.md)");
            }
            YamlNode.Mapping b = YamlFields.mapping(f.value(), key, "{min, max, scale, start, prior}");
            YamlFields.onlyKeys(b, key + ".", FREE_KEYS);
            double lo = Double.isNaN(p.min()) ? -Double.MAX_VALUE : p.min(), hi = Double.isNaN(p.max()) ? Double.MAX_VALUE : p.max();
            double min = YamlFields.number(YamlFields.required(b, key + ".", "min", p.allowedText()).value(), key + ".min", lo, hi);
            YamlNode maxNode = YamlFields.required(b, key + ".", "max", p.allowedText()).value();
            double max = YamlFields.number(maxNode, key + ".max", lo, hi);
            if (!(max > min)) throw new ScenarioException(maxNode.at(), key + ".max", "must be greater than min (" + Numbers.format(min) + ")");
            boolean log = b.entries().containsKey("scale")
                    && YamlFields.word(b.entries().get("scale").value(), key + ".scale", SCALES).equals("log");
            if (log && min <= 0) {
                throw new ScenarioException(b.entries().get("scale").value().at(), key + ".scale", "log needs min > 0", "linear");
            }
            double start = log ? Math.sqrt(min * max) : (min + max) / 2;
            if (b.entries().containsKey("start")) {
                start = YamlFields.number(b.entries().get("start").value(), key + ".start", min, max);
            }
            FreeParameter.Prior prior = b.entries().containsKey("prior") ? prior(b.entries().get("prior"), key, log)
                    : FreeParameter.Prior.UNIFORM;
            out.add(new FreeParameter(f.key(), min, max, log, start, prior));
        }
        return out;
    }

    private static FreeParameter.Prior prior(YamlNode.Entry e, String key, boolean log) throws ScenarioException {
        String k = key + ".prior";
        if (e.value() instanceof YamlNode.Scalar) {
            YamlFields.word(e.value(), k, List.of("uniform"));
            return FreeParameter.Prior.UNIFORM;
        }
        YamlNode.Mapping m = YamlFields.mapping(e.value(), k, "uniform, {dist: normal, mean, sd} or {dist: lognormal, median, cv}");
        YamlNode distNode = YamlFields.required(m, k + ".", "dist", String.join(", ", PRIORS)).value();
        String dist = YamlFields.word(distNode, k + ".dist", PRIORS);
        YamlFields.onlyKeys(m, k + ".", PRIOR_KEYS.get(dist));
        if (dist.equals("uniform")) return FreeParameter.Prior.UNIFORM;
        // the prior's shape follows the scale, so the truncated normal lives where the search does
        if (dist.equals("lognormal") != log) {
            throw new ScenarioException(distNode.at(), k + ".dist", dist + " does not match scale " + (log ? "log" : "linear"),
                    log ? "uniform, lognormal" : "uniform, normal");
        }
        if (dist.equals("normal")) {
            double mean = YamlFields.number(YamlFields.required(m, k + ".", "mean", "a number").value(), k + ".mean",
                    -Double.MAX_VALUE, Double.MAX_VALUE);
            double sd = YamlFields.number(YamlFields.required(m, k + ".", "sd", "> 0").value(), k + ".sd", 0, Double.MAX_VALUE);
            if (sd <= 0) throw new ScenarioException(m.entries().get("sd").value().at(), k + ".sd", "must be > 0");
            return new FreeParameter.Prior(dist, mean, sd);
        }
        double median = YamlFields.number(YamlFields.required(m, k + ".", "median", "> 0").value(), k + ".median", 0, Double.MAX_VALUE);
        double cv = YamlFields.number(YamlFields.required(m, k + ".", "cv", "> 0").value(), k + ".cv", 0, 100);
        if (median <= 0) throw new ScenarioException(m.entries().get("median").value().at(), k + ".median", "must be > 0");
        if (cv <= 0) throw new ScenarioException(m.entries().get("cv").value().at(), k + ".cv", "must be > 0");
        return new FreeParameter.Prior(dist, median, cv);
    }

    private static List<CalibrationSpec.Target> targets(Path file, YamlNode.Entry entry, Integer patients, List<FreeParameter> free)
            throws ScenarioException {
        List<YamlNode> items = YamlFields.list(entry.value(), "targets", 1);
        List<CalibrationSpec.Target> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = "targets[" + (i + 1) + "]";
            YamlNode.Mapping t = YamlFields.mapping(items.get(i), key, "{trial: FILE, metrics: {metric: {sd: S}}}");
            YamlFields.onlyKeys(t, key + ".", TARGET_KEYS);
            YamlNode trialNode = YamlFields.required(t, key + ".", "trial", "path of a trial file").value();
            Path trialFile = IncludedFile.resolve(file, YamlFields.text(trialNode, key + ".trial"), trialNode.at(), key + ".trial");
            // a shorter follow-up than the trial file's keeps evaluations cheap when no landmark needs it
            Double days = t.entries().containsKey("days")
                    ? YamlFields.number(t.entries().get("days").value(), key + ".days", 0.1, 3650) : null;
            TrialSpec trial;
            try {
                trial = TrialLoader.load(trialFile, new TrialLoader.Overrides(patients, null, days, List.of()));
            } catch (ScenarioException ex) {
                throw IncludedFile.inside(ex, trialNode.at(), key + ".trial");
            }
            checkFreeValues(trial, free, trialNode, key);
            for (FreeParameter f : free) {
                // a per-patient draw would overwrite the candidate's value: nothing would be fitted
                if (trial.variability().containsKey(f.path())) {
                    throw new ScenarioException(trialNode.at(), key + ".trial", "this trial draws " + f.path()
                            + " per patient (variability:), so it cannot also be a free parameter", "a parameter the trial does not vary");
                }
            }
            String id = t.entries().containsKey("name") ? YamlFields.text(t.entries().get("name").value(), key + ".name")
                    : baseName(trialFile);
            if (!id.matches("[A-Za-z0-9._-]+")) {
                throw new ScenarioException((t.entries().containsKey("name") ? t.entries().get("name").value() : trialNode).at(),
                        key + ".name", "\"" + id + "\" cannot name result columns and files", "letters, digits, . _ -");
            }
            if (!ids.add(id)) throw new ScenarioException(trialNode.at(), key, "a second target named " + id, "set a distinct name:");
            YamlNode.Mapping metrics = YamlFields.mapping(YamlFields.required(t, key + ".", "metrics", "metric: {sd: S} or {weight: W}").value(),
                    key + ".metrics", "metric: {sd: S} or {weight: W}");
            if (metrics.entries().isEmpty()) throw new ScenarioException(metrics.at(), key + ".metrics", "needs at least one metric");
            YamlFields.onlyKeys(metrics, key + ".metrics.", TrialMetric.NAMES);
            List<CalibrationSpec.MetricTarget> ms = new ArrayList<>();
            for (YamlNode.Entry m : metrics.entries().values()) {
                String mk = key + ".metrics." + m.key();
                Double published = trial.published().get(m.key());
                if (published == null) {
                    throw new ScenarioException(m.keyAt(), mk, "the trial file has no published value for it",
                            String.join(", ", trial.published().keySet()));
                }
                YamlNode.Mapping s = YamlFields.mapping(m.value(), mk, "{sd: S} or {weight: W}");
                YamlFields.onlyKeys(s, mk + ".", SPREAD_KEYS);
                if (s.entries().size() != 1) throw new ScenarioException(s.at(), mk, "give exactly one of sd and weight", "sd, weight");
                YamlNode.Entry sp = s.entries().values().iterator().next();
                double v = YamlFields.number(sp.value(), mk + "." + sp.key(), 0, Double.MAX_VALUE);
                if (v <= 0) throw new ScenarioException(sp.value().at(), mk + "." + sp.key(), "must be > 0");
                double weight = sp.key().equals("sd") ? 1 / (v * v) : v;
                ms.add(new CalibrationSpec.MetricTarget(m.key(), published, weight, sp.key() + " " + Numbers.format(v)));
            }
            out.add(new CalibrationSpec.Target(id, trialFile, trial, List.copyOf(ms)));
        }
        return out;
    }

    /**
     * The starting values and both ends of every bound must be valid in each target's scenario
     * (cross-parameter rules), so no candidate fails half-way through a calibration.
     */
    private static void checkFreeValues(TrialSpec trial, List<FreeParameter> free, YamlNode at, String key) throws ScenarioException {
        for (double u : new double[]{0, 1, Double.NaN}) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FreeParameter f : free) values.put(f.path(), Double.isNaN(u) ? f.start() : f.value(u));
            try {
                trial.scenario().with(values);
            } catch (ScenarioException ex) {
                String which = Double.isNaN(u) ? "the starting values" : u == 0 ? "the lower bounds" : "the upper bounds";
                throw new ScenarioException(at.at(), key + ".trial", which + " of free: break a rule of this trial's scenario: "
                        + ex.key() + ": " + ex.problem(), ex.allowed());
            }
        }
    }
}
