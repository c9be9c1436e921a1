package cartsim.experiment;

import cartsim.analysis.Interval;
import cartsim.analysis.KaplanMeier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a trial folder: patients.csv, endpoints.csv, km.csv, report.md, trial.yaml, scenario.yaml
 * (the resolved scenario every patient starts from), manifest.json.
 */
public final class TrialOutput {
    public static final String TRIAL_FILE = "trial.yaml", SCENARIO_FILE = "scenario.yaml", PATIENTS = "patients.csv";

    private TrialOutput() {}

    /** writes a whole new folder atomically (merge), so a failure leaves nothing behind */
    public static void write(Path out, TrialSpec spec, List<TrialPatient> patients, Map<String, Object> manifest)
            throws IOException {
        try (AtomicDir tmp = new AtomicDir(out)) {
            Path dir = tmp.path();
            Files.copy(spec.file(), dir.resolve(TRIAL_FILE));
            Files.writeString(dir.resolve(SCENARIO_FILE), spec.scenario().toYaml(), StandardCharsets.UTF_8);
            writeTables(dir, spec, patients);
            manifest.putAll(counts(spec, patients));
            RunWriter.writeJson(dir.resolve(StudyFolder.MANIFEST), manifest);
            tmp.commit();
        }
    }

    /** the result tables of the whole trial, each written durably (the manifest says when all are there) */
    static void writeTables(Path dir, TrialSpec spec, List<TrialPatient> patients) throws IOException {
        List<TrialMetrics.Metric> metrics = TrialMetrics.compute(spec, patients);
        DurableFiles.write(dir.resolve(PATIENTS), patientsCsv(spec, patients));
        DurableFiles.write(dir.resolve("endpoints.csv"), endpointsCsv(metrics));
        DurableFiles.write(dir.resolve("km.csv"), kmCsv(TrialMetrics.relapseFree(patients)));
        DurableFiles.write(dir.resolve("report.md"), TrialReport.render(spec, patients, metrics));
    }

    /** manifest fields that describe the trial and the patients of this folder */
    static Map<String, Object> counts(TrialSpec spec, List<TrialPatient> patients) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial_name", spec.name());
        m.put("scenario_name", spec.scenario().name());
        m.put("seed", spec.seed());
        m.put("patients", patients.size());
        m.put("total_patients", spec.patients());
        m.put("infused", patients.stream().filter(TrialPatient::infused).count());
        m.put("days", spec.scenario().d("simulation.days"));
        m.put("sampled", spec.sampledPaths());
        return m;
    }

    static String patientsCsv(TrialSpec spec, List<TrialPatient> patients) {
        Set<String> endpoints = new LinkedHashSet<>();
        for (TrialPatient p : patients) {
            if (p.endpoints() == null) continue;
            for (String k : p.endpoints().keySet()) if (!RunsTable.NOT_ENDPOINTS.contains(k)) endpoints.add(k);
        }
        List<String> header = new ArrayList<>(List.of("patient", "seed", "enrolled", "infused"));
        header.addAll(spec.sampledPaths());
        header.addAll(endpoints);
        StringBuilder sb = new StringBuilder(Csv.line(header));
        for (TrialPatient p : patients) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.id()), Long.toString(p.seed()), "1", p.infused() ? "1" : "0"));
            for (String s : spec.sampledPaths()) row.add(Csv.cell(p.sampled().get(s)));
            for (String e : endpoints) row.add(Csv.cell(p.endpoint(e)));
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    static String endpointsCsv(List<TrialMetrics.Metric> metrics) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("metric", "value", "ci_low", "ci_high", "published")));
        for (TrialMetrics.Metric m : metrics) {
            Interval v = m.value();
            sb.append(Csv.line(List.of(m.name(), num(v.estimate()), num(v.low()), num(v.high()),
                    m.published() == null ? "" : num(m.published()))));
        }
        return sb.toString();
    }

    /**
     * The curve with a starting row at time 0 (everyone at risk, survival 1) for plotting.
     * ci_low/ci_high are the linear Greenwood band (the one cartsim uses); ci_low_loglog and
     * ci_high_loglog the log(−log) band, empty where it is undefined (S = 1 or 0).
     */
    static String kmCsv(KaplanMeier km) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("time_days", "at_risk", "events", "censored", "survival",
                "ci_low", "ci_high", "ci_low_loglog", "ci_high_loglog")));
        List<KaplanMeier.Step> steps = km.steps();
        if (!steps.isEmpty() && steps.get(0).time() > 0) {
            sb.append(Csv.line(List.of("0", Integer.toString(steps.get(0).atRisk()), "0", "0", "1", "1", "1", "", "")));
        }
        for (KaplanMeier.Step s : steps) {
            sb.append(Csv.line(List.of(num(s.time()), Integer.toString(s.atRisk()), Integer.toString(s.events()),
                    Integer.toString(s.censored()), num(s.survival()), num(s.ciLow()), num(s.ciHigh()),
                    num(s.logLogLow()), num(s.logLogHigh()))));
        }
        return sb.toString();
    }

    private static String num(double v) {
        return SweepStatistics.num(v);
    }
}
