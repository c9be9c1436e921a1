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
public final class CalibrationOutput {
    public static final String EVALUATIONS = "evaluations.csv", BEST = "best.yaml", POSTERIOR = "posterior.csv", REPORT = "report.md";

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

    /**
     * A column (or family of columns) of a calibration table, declared once: the header is built
     * from these and docs/results-format.md lists them. PATH stands for each free parameter,
     * TARGET:METRIC for each target metric, in file order.
     */
    public record Column(String name, String meaning) {}

    public static final List<Column> EVALUATION_COLUMNS = List.of(
            new Column("evaluation", "evaluation number from 0, in the order the search asked for them"),
            new Column("generation", "the search generation (evaluation ÷ population)"),
            new Column("PATH", "the candidate's value of each free parameter (6 significant digits)"),
            new Column("TARGET:METRIC", "the simulated value of each target metric, as the trial's endpoints.csv gives it"),
            new Column("TARGET:METRIC:ci_low", "its 95% CI, lower end (empty when undefined)"),
            new Column("TARGET:METRIC:ci_high", "its 95% CI, upper end"),
            new Column("TARGET:METRIC:published", "the published value it is fitted to"),
            new Column("loss", "Σ weight × (simulated − published)² over the target metrics (10⁴ for a metric the candidate cannot produce)"));

    public static final List<Column> POSTERIOR_COLUMNS = List.of(
            new Column("particle", "particle number from 1, in evaluation order"),
            new Column("evaluation", "the evaluation it comes from (a row of evaluations.csv)"),
            new Column("PATH", "its value of each free parameter"),
            new Column("loss", "its loss (the ABC distance)"),
            new Column("weight", "its normalised importance weight (the weights sum to 1)"));

    /** the header of a table declared by {@code columns} */
    static List<String> header(CalibrationSpec spec, List<Column> columns) {
        List<String> h = new ArrayList<>();
        for (Column c : columns) {
            if (c.name().equals("PATH")) {
                for (FreeParameter f : spec.free()) h.add(f.path());
            } else if (c.name().startsWith("TARGET:METRIC")) {
                continue; // expanded below, grouped per metric
            } else if (c.name().equals("loss") && columns == EVALUATION_COLUMNS) {
                for (String k : spec.targetKeys()) {
                    for (Column t : columns) if (t.name().startsWith("TARGET:METRIC")) h.add(k + t.name().substring("TARGET:METRIC".length()));
                }
                h.add(c.name());
            } else {
                h.add(c.name());
            }
        }
        return h;
    }

    static List<String> evaluationsHeader(CalibrationSpec spec) {
        return header(spec, EVALUATION_COLUMNS);
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
        return header(spec, POSTERIOR_COLUMNS);
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

    /** a Markdown table of the columns, for docs/results-format.md */
    public static String columnsTable(List<Column> columns) {
        StringBuilder sb = new StringBuilder("| column | meaning |\n|---|---|\n");
        for (Column c : columns) sb.append("| `").append(c.name()).append("` | ").append(c.meaning()).append(" |\n");
        return sb.toString();
    }
}
