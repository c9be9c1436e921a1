package cartsim.experiment.calibration;

import cartsim.experiment.Csv;
import cartsim.experiment.DurableFiles;
import cartsim.experiment.Numbers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result tables of a finished calibration: evaluations.csv, best.yaml and (posterior
 * methods) posterior.csv. They depend on the evaluations and the seeded search alone, so a run
 * in one process, a resumed one and an --ask/--tell one write the same bytes.
 */
final class CalibrationOutput {
    static final String EVALUATIONS = "evaluations.csv", BEST = "best.yaml", POSTERIOR = "posterior.csv", REPORT = "report.md";

    private CalibrationOutput() {}

    static void write(Path dir, CalibrationSpec spec, Replay r) throws IOException {
        DurableFiles.write(dir.resolve(EVALUATIONS), evaluationsCsv(spec, r.evaluations));
        DurableFiles.write(dir.resolve(BEST), bestYaml(spec, r.evaluations));
        if (r.search instanceof AbcSmc abc) DurableFiles.write(dir.resolve(POSTERIOR), posteriorCsv(spec, abc.particles()));
        CalibrationReport.write(dir, spec, r);
    }

    /** the lowest loss; the earliest of equal ones */
    static Evaluation best(List<Evaluation> evaluations) {
        return evaluations.stream().min(Comparator.comparingDouble(Evaluation::loss).thenComparingInt(Evaluation::index)).orElseThrow();
    }

    static List<String> evaluationsHeader(CalibrationSpec spec) {
        List<String> h = new ArrayList<>(List.of("evaluation", "generation"));
        for (FreeParameter f : spec.free()) h.add(f.path());
        for (String k : spec.targetKeys()) {
            h.add(k);
            h.add(k + ":ci_low");
            h.add(k + ":ci_high");
            h.add(k + ":published");
        }
        h.add("loss");
        return h;
    }

    static String evaluationsCsv(CalibrationSpec spec, List<Evaluation> evaluations) {
        StringBuilder sb = new StringBuilder(Csv.line(evaluationsHeader(spec)));
        List<Double> published = spec.targets().stream().flatMap(t -> t.metrics().stream().map(CalibrationSpec.MetricTarget::published)).toList();
        for (Evaluation e : evaluations) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.index()), Integer.toString(e.index() / spec.population())));
            for (double v : e.values()) row.add(Evaluation.text(v));
            for (int k = 0; k < e.readouts().size(); k++) {
                Evaluation.Readout o = e.readouts().get(k);
                row.add(Evaluation.text(o.value()));
                row.add(Evaluation.text(o.low()));
                row.add(Evaluation.text(o.high()));
                row.add(Evaluation.text(published.get(k)));
            }
            row.add(Evaluation.text(e.loss()));
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    static String bestYaml(CalibrationSpec spec, List<Evaluation> evaluations) {
        Evaluation b = best(evaluations);
        StringBuilder sb = new StringBuilder();
        sb.append("# cartsim calibrate ").append(spec.name()).append(" (").append(spec.method().word).append("): evaluation ")
                .append(b.index()).append(" of ").append(evaluations.size()).append(" has the lowest loss, ")
                .append(Numbers.format(b.loss())).append(".\n");
        sb.append("# Paste the set: block into a trial or scenario file, or pass each line as --set PATH=VALUE.\n");
        sb.append("set:\n");
        for (int i = 0; i < spec.free().size(); i++) {
            sb.append("  ").append(spec.free().get(i).path()).append(": ").append(Numbers.format(b.values()[i])).append('\n');
        }
        return sb.toString();
    }

    static List<String> posteriorHeader(CalibrationSpec spec) {
        List<String> h = new ArrayList<>(List.of("particle", "evaluation"));
        for (FreeParameter f : spec.free()) h.add(f.path());
        h.add("loss");
        h.add("weight");
        return h;
    }

    static String posteriorCsv(CalibrationSpec spec, List<AbcSmc.Particle> particles) {
        StringBuilder sb = new StringBuilder(Csv.line(posteriorHeader(spec)));
        List<AbcSmc.Particle> byEvaluation = particles.stream().sorted(Comparator.comparingInt(AbcSmc.Particle::evaluation)).toList();
        int i = 1;
        for (AbcSmc.Particle p : byEvaluation) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(i++), Integer.toString(p.evaluation())));
            for (double v : Replay.values(spec, p.u())) row.add(Evaluation.text(v));
            row.add(Evaluation.text(p.loss()));
            row.add(Evaluation.text(p.weight()));
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    /** weighted quantile q of the particles' values of parameter i */
    static double quantile(CalibrationSpec spec, List<AbcSmc.Particle> particles, int i, double q) {
        List<double[]> vw = new ArrayList<>();
        for (AbcSmc.Particle p : particles) vw.add(new double[]{Replay.values(spec, p.u())[i], p.weight()});
        vw.sort(Comparator.comparingDouble((double[] a) -> a[0]));
        double acc = 0;
        for (double[] a : vw) {
            acc += a[1];
            if (acc >= q - 1e-12) return a[0];
        }
        return vw.get(vw.size() - 1)[0];
    }
}
