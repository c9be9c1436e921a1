package cartsim.experiment;

import cartsim.scenario.CartSchema;
import cartsim.scenario.IncludedFile;
import cartsim.scenario.Location;
import cartsim.scenario.Param;
import cartsim.scenario.ParamType;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import cartsim.scenario.ScenarioLoader;
import cartsim.scenario.Schema;
import cartsim.scenario.Suggest;
import cartsim.scenario.YamlNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and strictly checks a virtual-trial file; errors are one line {@code FILE:LINE:COL: key: problem}. */
public final class TrialLoader {
    static final List<String> KEYS = List.of("name", "description", "scenario", "protocol", "set", "patients", "seed", "days",
            "variability", "enrolment", "grading", "published");
    static final List<String> ENROLMENT_KEYS = List.of("manufacturing_failure", "progression_before_infusion");
    static final List<String> DISTS = List.of("lognormal", "normal", "uniform", "categorical");
    /** limits checked here and declared in the trial file's JSON Schema ({@link StudySchemas}) */
    static final int MAX_PATIENTS = 1_000_000;
    static final double MAX_CV = 100;
    static final Map<String, List<String>> DIST_KEYS = Map.of(
            "lognormal", List.of("dist", "median", "cv"),
            "normal", List.of("dist", "mean", "sd", "min", "max"),
            "uniform", List.of("dist", "min", "max"),
            "categorical", List.of("dist", "values", "weights"));

    /** command-line options; null means "as in the file" */
    public record Overrides(Integer patients, Long seed, Double days, List<String> sets) {
        public static Overrides none() {
            return new Overrides(null, null, null, List.of());
        }
    }

    private TrialLoader() {}

    public static TrialSpec load(Path file, Overrides o) throws ScenarioException {
        Schema schema = CartSchema.get();
        YamlNode.Mapping root = YamlFields.readFile(file);
        YamlFields.onlyKeys(root, "", KEYS);
        Map<String, YamlNode.Entry> e = root.entries();
        String name = e.containsKey("name") ? YamlFields.text(e.get("name").value(), "name") : SweepLoader.baseName(file);
        if (e.containsKey("description")) YamlFields.text(e.get("description").value(), "description");
        int patients = (int) YamlFields.whole(YamlFields.required(root, "", "patients", "a whole number ≥ 1").value(),
                "patients", 1, MAX_PATIENTS);
        long seed = YamlFields.whole(YamlFields.required(root, "", "seed", "a whole number").value(), "seed", 0, Long.MAX_VALUE);
        if (o.patients() != null) {
            if (o.patients() < 1) throw new ScenarioException(new Location("--patients", 1, 1), "patients",
                    o.patients() + " is out of range", "[1, 1000000]");
            patients = o.patients();
        }
        if (o.seed() != null) {
            if (o.seed() < 0) throw new ScenarioException(new Location("--seed", 1, 1), "seed", o.seed() + " is out of range", "0 or more");
            seed = o.seed();
        }

        YamlNode.Entry scen = YamlFields.required(root, "", "scenario", "path of a scenario file");
        Scenario scenario = loadScenario(file, scen, o.sets(), schema);
        if (e.containsKey("protocol")) scenario = ProtocolLoader.apply(scenario, file, e.get("protocol"));
        if (e.containsKey("set")) scenario = fixedSettings(scenario, e.get("set"));
        // --set wins over the protocol and set: too (as in sweeps): it was applied at loading, and
        // a protocol or set: line would otherwise silently undo it
        if (!o.sets().isEmpty()) scenario = ScenarioLoader.applySets(scenario, o.sets());
        scenario = followUp(scenario, e.get("days"), o.days());
        return rest(file, root, name, scenario, patients, seed, schema);
    }

    /**
     * The trial of a results folder, rebuilt from its copy of the trial file and its resolved
     * scenario.yaml (so merge needs neither the original files nor the command line).
     */
    static TrialSpec reload(Path trialCopy, Path resolvedScenario, String name, int patients, long seed) throws ScenarioException {
        Schema schema = CartSchema.get();
        YamlNode.Mapping root = YamlFields.readFile(trialCopy);
        Scenario scenario = ScenarioLoader.load(resolvedScenario, List.of(), schema);
        return rest(trialCopy, root, name, scenario, patients, seed, schema);
    }

    /** everything after the scenario: variability, enrolment and published values */
    private static TrialSpec rest(Path file, YamlNode.Mapping root, String name, Scenario scenario, int patients, long seed,
                                  Schema schema) throws ScenarioException {
        Map<String, YamlNode.Entry> e = root.entries();
        Map<String, Distribution> variability = new LinkedHashMap<>();
        if (e.containsKey("variability")) {
            YamlNode.Mapping v = YamlFields.mapping(e.get("variability").value(), "variability",
                    "parameter path: {dist: lognormal|normal|uniform|categorical, …}");
            for (YamlNode.Entry d : v.entries().values()) variability.put(d.key(), distribution(d, scenario, schema));
        }
        double mf = 0, prog = 0;
        if (e.containsKey("enrolment")) {
            YamlNode.Mapping en = YamlFields.mapping(e.get("enrolment").value(), "enrolment", String.join(", ", ENROLMENT_KEYS));
            YamlFields.onlyKeys(en, "enrolment.", ENROLMENT_KEYS);
            if (en.entries().containsKey("manufacturing_failure")) {
                mf = YamlFields.number(en.entries().get("manufacturing_failure").value(), "enrolment.manufacturing_failure", 0, 1);
            }
            if (en.entries().containsKey("progression_before_infusion")) {
                prog = YamlFields.number(en.entries().get("progression_before_infusion").value(),
                        "enrolment.progression_before_infusion", 0, 1);
            }
        }
        Map<String, Double> published = new LinkedHashMap<>();
        if (e.containsKey("published")) {
            YamlNode.Mapping pub = YamlFields.mapping(e.get("published").value(), "published", "metric: value");
            YamlFields.onlyKeys(pub, "published.", TrialMetrics.NAMES);
            for (YamlNode.Entry p : pub.entries().values()) {
                published.put(p.key(), YamlFields.number(p.value(), "published." + p.key(), -Double.MAX_VALUE, Double.MAX_VALUE));
            }
        }
        TrialGrading grading = TrialGrading.ASTCT;
        if (e.containsKey("grading")) {
            YamlNode.Mapping g = YamlFields.mapping(e.get("grading").value(), "grading", "{crs: astct|penn|lee2014, neurotoxicity: astct|ctcae}");
            YamlFields.onlyKeys(g, "grading.", TrialGrading.KEYS);
            String crs = g.entries().containsKey("crs")
                    ? YamlFields.word(g.entries().get("crs").value(), "grading.crs", TrialGrading.CRS_SCALES) : "astct";
            String neuro = g.entries().containsKey("neurotoxicity")
                    ? YamlFields.word(g.entries().get("neurotoxicity").value(), "grading.neurotoxicity", TrialGrading.NEURO_SCALES) : "astct";
            grading = new TrialGrading(crs, neuro);
        }
        String protocol = e.containsKey("protocol") ? YamlFields.text(e.get("protocol").value(), "protocol") : null;
        return new TrialSpec(name, file, scenario, patients, seed, variability, mf, prog, published, grading, protocol);
    }

    private static Scenario loadScenario(Path file, YamlNode.Entry entry, List<String> sets, Schema schema) throws ScenarioException {
        String target = YamlFields.text(entry.value(), "scenario");
        Path path = IncludedFile.resolve(file, target, entry.value().at(), "scenario");
        try {
            return ScenarioLoader.load(path, sets, schema);
        } catch (ScenarioException e) {
            throw IncludedFile.inside(e, entry.value().at(), "scenario");
        }
    }

    /**
     * {@code set:} fixes parameters for every patient of the trial (protocol choices such as the
     * tocilizumab rule); each value is checked like a --set value and errors point at its line.
     */
    private static Scenario fixedSettings(Scenario s, YamlNode.Entry set) throws ScenarioException {
        YamlNode.Mapping m = YamlFields.mapping(set.value(), "set", "parameter path: value");
        for (YamlNode.Entry en : m.entries().values()) {
            try {
                s = s.with(Map.of(en.key(), en.value()));
            } catch (ScenarioException ex) {
                throw YamlFields.relocate(ex, en.value().at(), "set." + en.key());
            }
        }
        return s;
    }

    private static Scenario followUp(Scenario s, YamlNode.Entry days, Double cliDays) throws ScenarioException {
        return SweepLoader.applyDays(s, days, cliDays);
    }

    private static Distribution distribution(YamlNode.Entry d, Scenario s, Schema schema) throws ScenarioException {
        String key = "variability." + d.key();
        Param p = schema.find(d.key());
        if (p == null) {
            List<String> all = schema.params().stream().map(Param::path).toList();
            throw new ScenarioException(d.keyAt(), key, "unknown parameter" + Suggest.hint(Suggest.close(d.key(), all)),
                    "a parameter path such as patient.tumor_burden_cells (see docs/parameters.md)");
        }
        YamlNode.Mapping m = YamlFields.mapping(d.value(), key, "{dist: lognormal|normal|uniform|categorical, …}");
        String dist = YamlFields.word(YamlFields.required(m, key + ".", "dist", String.join(", ", DISTS)).value(), key + ".dist", DISTS);
        YamlFields.onlyKeys(m, key + ".", DIST_KEYS.get(dist));
        boolean numeric = p.type() == ParamType.DOUBLE || p.type() == ParamType.INT;
        if (!dist.equals("categorical") && !numeric) {
            throw new ScenarioException(m.entries().get("dist").value().at(), key + ".dist",
                    dist + " needs a numeric parameter; use categorical", "categorical");
        }
        return switch (dist) {
            case "lognormal" -> {
                double median = inRange(m, key, "median", p, s, true);
                double cv = YamlFields.number(YamlFields.required(m, key + ".", "cv", "> 0").value(), key + ".cv", 0, MAX_CV);
                if (cv <= 0) throw new ScenarioException(m.entries().get("cv").value().at(), key + ".cv", "must be > 0", "(0, 100]");
                if (median <= 0) throw new ScenarioException(m.entries().get("median").value().at(), key + ".median",
                        "a lognormal median must be > 0", "> 0");
                yield new Distribution.Lognormal(median, cv);
            }
            case "normal" -> {
                double mean = inRange(m, key, "mean", p, s, true);
                double sd = YamlFields.number(YamlFields.required(m, key + ".", "sd", "≥ 0").value(), key + ".sd", 0, Double.MAX_VALUE);
                double min = m.entries().containsKey("min") ? inRange(m, key, "min", p, s, true) : Double.NaN;
                double max = m.entries().containsKey("max") ? inRange(m, key, "max", p, s, true) : Double.NaN;
                if (min >= max) throw new ScenarioException(m.entries().get("max").value().at(), key + ".max",
                        "must be greater than min (" + Numbers.format(min) + ")");
                yield new Distribution.Normal(mean, sd, min, max);
            }
            case "uniform" -> {
                double min = inRange(m, key, "min", p, s, true), max = inRange(m, key, "max", p, s, true);
                if (!(max > min)) throw new ScenarioException(m.entries().get("max").value().at(), key + ".max",
                        "must be greater than min (" + Numbers.format(min) + ")");
                yield new Distribution.Uniform(min, max);
            }
            default -> categorical(m, key, p, s);
        };
    }

    private static double inRange(YamlNode.Mapping m, String key, String field, Param p, Scenario s, boolean required)
            throws ScenarioException {
        YamlNode n = YamlFields.required(m, key + ".", field, p.allowedText()).value();
        double v = YamlFields.number(n, key + "." + field, -Double.MAX_VALUE, Double.MAX_VALUE);
        // a centre or bound outside the schema range is a mistake, not something to clip
        Object checked = p.type() == ParamType.INT && v == Math.rint(v) ? (Object) (long) v : (Object) v;
        if (p.type() == ParamType.INT) {
            double lo = Double.isNaN(p.min()) ? -Double.MAX_VALUE : p.min(), hi = Double.isNaN(p.max()) ? Double.MAX_VALUE : p.max();
            if (v < lo || v > hi) throw new ScenarioException(n.at(), key + "." + field, Numbers.format(v) + " is out of range", p.allowedText());
            return v;
        }
        SweepLoader.check(s, p, checked, n.at(), key + "." + field);
        return v;
    }

    private static Distribution categorical(YamlNode.Mapping m, String key, Param p, Scenario s) throws ScenarioException {
        List<YamlNode> items = YamlFields.list(YamlFields.required(m, key + ".", "values", p.allowedText()).value(), key + ".values", 1);
        List<Object> values = new ArrayList<>();
        for (YamlNode item : items) values.add(SweepLoader.check(s, p, item, item.at(), key + ".values"));
        double[] w = new double[values.size()];
        if (m.entries().containsKey("weights")) {
            YamlNode wn = m.entries().get("weights").value();
            List<YamlNode> ws = YamlFields.list(wn, key + ".weights", 1);
            if (ws.size() != values.size()) {
                throw new ScenarioException(wn.at(), key + ".weights", "has " + ws.size() + " entries but values has " + values.size());
            }
            double total = 0;
            for (int i = 0; i < w.length; i++) total += w[i] = YamlFields.number(ws.get(i), key + ".weights", 0, Double.MAX_VALUE);
            if (total <= 0) throw new ScenarioException(wn.at(), key + ".weights", "must not all be 0");
        } else {
            java.util.Arrays.fill(w, 1);
        }
        return new Distribution.Categorical(List.copyOf(values), w);
    }
}
