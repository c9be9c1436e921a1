package cartsim.experiment.calibration;

import cartsim.experiment.Distribution;
import cartsim.experiment.DurableFiles;
import cartsim.experiment.TrialSpec;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate on one target as an ordinary trial file plus its resolved scenario, which
 * {@code ./cartsim trial FILE} (and so the SLURM array recipe) can run anywhere. Calibrations
 * run in process read the very same files, so both ways give the same patients.
 */
final class CandidateFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CandidateFiles() {}

    /** file stem of evaluation {@code index} on a target: e000012-zuma-1 */
    static String stem(int index, String targetId) {
        return String.format("e%06d-%s", index, targetId);
    }

    /** writes {@code stem.yaml} and {@code stem.scenario.yaml} into {@code dir}; returns the trial file */
    static Path write(Path dir, CalibrationSpec spec, CalibrationSpec.Target target, int index, double[] values)
            throws IOException, ScenarioException {
        String stem = stem(index, target.id());
        TrialSpec t = target.trial();
        Map<String, Object> set = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) set.put(spec.free().get(i).path(), values[i]);
        Scenario s = t.scenario().with(set);
        DurableFiles.write(dir.resolve(stem + ".scenario.yaml"), s.toYaml());
        StringBuilder y = new StringBuilder();
        y.append("# evaluation ").append(index).append(" of calibration ").append(spec.name()).append(" on ")
                .append(target.file().getFileName()).append(" (written by cartsim calibrate)\n");
        y.append("name: ").append(json(t.name() + " " + stem)).append('\n');
        y.append("scenario: ").append(json(stem + ".scenario.yaml")).append('\n');
        y.append("patients: ").append(t.patients()).append('\n');
        y.append("seed: ").append(t.seed()).append('\n');
        if (!t.variability().isEmpty()) {
            y.append("variability:\n");
            for (Map.Entry<String, Distribution> d : t.variability().entrySet()) {
                y.append("  ").append(d.getKey()).append(": ").append(distribution(d.getValue())).append('\n');
            }
        }
        if (t.manufacturingFailure() > 0 || t.progressionBeforeInfusion() > 0) {
            y.append("enrolment:\n");
            y.append("  manufacturing_failure: ").append(number(t.manufacturingFailure())).append('\n');
            y.append("  progression_before_infusion: ").append(number(t.progressionBeforeInfusion())).append('\n');
        }
        Path file = dir.resolve(stem + ".yaml");
        DurableFiles.write(file, y.toString());
        return file;
    }

    private static String distribution(Distribution d) throws JsonProcessingException {
        if (d instanceof Distribution.Lognormal l) {
            return "{dist: lognormal, median: " + number(l.median()) + ", cv: " + number(l.cv()) + "}";
        }
        if (d instanceof Distribution.Normal n) {
            return "{dist: normal, mean: " + number(n.mean()) + ", sd: " + number(n.sd())
                    + (Double.isNaN(n.min()) ? "" : ", min: " + number(n.min()))
                    + (Double.isNaN(n.max()) ? "" : ", max: " + number(n.max())) + "}";
        }
        if (d instanceof Distribution.Uniform u) {
            return "{dist: uniform, min: " + number(u.min()) + ", max: " + number(u.max()) + "}";
        }
        Distribution.Categorical c = (Distribution.Categorical) d;
        StringBuilder w = new StringBuilder();
        for (double x : c.weights()) w.append(w.length() == 0 ? "" : ", ").append(number(x));
        return "{dist: categorical, values: " + JSON.writeValueAsString(c.values()) + ", weights: [" + w + "]}";
    }

    /**
     * A double as YAML reads it back exactly: Java's shortest round-trip digits, with the
     * exponent sign YAML 1.1 needs to see a float (5.0E+10, not 5.0E10).
     */
    static String number(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e >= 0 && s.charAt(e + 1) != '-') s = s.substring(0, e + 1) + "+" + s.substring(e + 1);
        return s;
    }

    private static String json(String s) throws JsonProcessingException {
        return JSON.writeValueAsString(s);
    }

    static List<String> names(int index, CalibrationSpec spec) {
        return spec.targets().stream().map(t -> stem(index, t.id()) + ".yaml").toList();
    }
}
