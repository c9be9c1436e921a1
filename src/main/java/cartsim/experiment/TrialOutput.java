package cartsim.experiment;

import cartsim.analysis.Interval;
import cartsim.analysis.KaplanMeier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a trial folder: patients.csv, endpoints.csv, km.csv, report.md, trial.yaml, manifest.json. */
public final class TrialOutput {
    private TrialOutput() {}

    /** writes into an atomic folder, so a failure leaves nothing behind */
    public static void write(Path out, TrialSpec spec, List<TrialPatient> patients, String command, double wallSeconds)
            throws IOException {
        try (AtomicDir tmp = new AtomicDir(out)) {
            Path dir = tmp.path();
            List<TrialMetrics.Metric> metrics = TrialMetrics.compute(spec, patients);
            Files.copy(spec.file(), dir.resolve("trial.yaml"));
            write(dir.resolve("patients.csv"), patientsCsv(spec, patients));
            write(dir.resolve("endpoints.csv"), endpointsCsv(metrics));
            write(dir.resolve("km.csv"), kmCsv(TrialMetrics.relapseFree(patients)));
            write(dir.resolve("report.md"), TrialReport.render(spec, patients, metrics));
            Map<String, Object> m = Manifest.base("trial", command);
            m.put("trial_name", spec.name());
            m.put("scenario_name", spec.scenario().name());
            m.put("seed", spec.seed());
            m.put("patients", patients.size());
            m.put("infused", patients.stream().filter(TrialPatient::infused).count());
            m.put("days", spec.scenario().d("simulation.days"));
            m.put("sampled", spec.sampledPaths());
            m.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
            RunWriter.writeJson(dir.resolve("manifest.json"), m);
            tmp.commit();
        }
    }

    private static void write(Path f, String text) throws IOException {
        Files.writeString(f, text, StandardCharsets.UTF_8);
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
