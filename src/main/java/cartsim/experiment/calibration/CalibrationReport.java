package cartsim.experiment.calibration;

import cartsim.chart.CalibrationCharts;
import cartsim.chart.ChartExport;
import cartsim.chart.ChartStyle;
import cartsim.chart.Figure;
import cartsim.chart.ResultsFormatException;
import cartsim.experiment.DurableFiles;
import cartsim.experiment.Numbers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * report.md of a calibration with its charts in {@code charts/}: the fit table and forest chart
 * of the best evaluation, the parameter table (with the 90% posterior interval for ABC-SMC), the
 * convergence chart and, for ABC-SMC, the pairwise posterior charts.
 */
final class CalibrationReport {
    static final String CHARTS = "charts";

    private CalibrationReport() {}

    static void write(Path dir, CalibrationSpec spec, Replay r) throws IOException {
        Evaluation best = CalibrationOutput.best(r.evaluations);
        ChartStyle style = ChartStyle.defaults();
        CalibrationCharts charts = new CalibrationCharts(style);
        Path chartDir = dir.resolve(CHARTS);
        Files.createDirectories(chartDir);
        List<String> images = new ArrayList<>();

        StringBuilder md = new StringBuilder();
        md.append("# Calibration: ").append(spec.name()).append("\n\n");
        md.append("Method ").append(spec.method().word).append(", ").append(spec.evaluations()).append(" evaluations in ")
                .append(spec.generations()).append(" generations of ").append(spec.population()).append(", seed ").append(spec.seed())
                .append(". Every evaluation meets the same virtual patients of each target trial (its trial seed).\n\n");
        md.append("## Fit of the best evaluation\n\n");
        md.append("Evaluation ").append(best.index()).append(", loss ").append(Numbers.format(best.loss()))
                .append(" (Σ weight × (simulated − published)²; an sd gives weight 1/sd²).\n\n");
        md.append("| target | metric | published | simulated (95% CI) | spread | loss term |\n|---|---|---|---|---|---|\n");
        List<CalibrationCharts.FitRow> fit = new ArrayList<>();
        int k = 0;
        for (CalibrationSpec.Target t : spec.targets()) {
            for (CalibrationSpec.MetricTarget m : t.metrics()) {
                Evaluation.Readout o = best.readouts().get(k++);
                double term = Double.isFinite(o.value()) ? m.weight() * Math.pow(o.value() - m.published(), 2) : Evaluation.MISSING;
                md.append("| ").append(t.id()).append(" | ").append(m.metric()).append(" | ").append(Numbers.format(m.published()))
                        .append(" | ").append(interval(o)).append(" | ").append(m.spread()).append(" | ")
                        .append(Numbers.format(term)).append(" |\n");
                fit.add(new CalibrationCharts.FitRow(t.id() + " " + m.metric(), o.value(), o.low(), o.high(), m.published()));
            }
        }
        md.append('\n');
        try {
            for (Figure f : charts.fit(fit)) images.add(save(f, chartDir, style, md, "Fit: simulated vs published"));
        } catch (ResultsFormatException e) {
            throw new IllegalStateException("the fit table is built here and always readable", e);
        }

        md.append("\n## Parameters\n\n");
        boolean posterior = r.search instanceof AbcSmc;
        md.append("| parameter | min | max | scale | start | best |").append(posterior ? " posterior median | 90% interval |" : "")
                .append("\n|---|---|---|---|---|---|").append(posterior ? "---|---|" : "").append('\n');
        for (int i = 0; i < spec.free().size(); i++) {
            FreeParameter f = spec.free().get(i);
            md.append("| ").append(f.path()).append(" | ").append(Numbers.format(f.min())).append(" | ").append(Numbers.format(f.max()))
                    .append(" | ").append(f.log() ? "log" : "linear").append(" | ").append(Numbers.format(f.start())).append(" | ")
                    .append(Numbers.format(best.values()[i])).append(" |");
            if (posterior) {
                List<AbcSmc.Particle> ps = ((AbcSmc) r.search).particles();
                md.append(' ').append(Numbers.format(CalibrationOutput.quantile(spec, ps, i, 0.5))).append(" | ")
                        .append(Numbers.format(CalibrationOutput.quantile(spec, ps, i, 0.05))).append(" – ")
                        .append(Numbers.format(CalibrationOutput.quantile(spec, ps, i, 0.95))).append(" |");
            }
            md.append('\n');
        }

        md.append("\n## Convergence\n\n");
        double[] loss = r.evaluations.stream().mapToDouble(Evaluation::loss).toArray();
        save(new Figure("convergence", charts.convergence(loss)), chartDir, style, md, "Loss by evaluation");

        if (r.search instanceof AbcSmc abc && spec.free().size() >= 2) {
            md.append("\n## Posterior\n\n");
            md.append("The last generation's ").append(abc.particles().size()).append(" accepted particles (tolerance: loss ≤ ")
                    .append(Numbers.format(abc.tolerance())).append("), weighted as in posterior.csv.\n\n");
            List<AbcSmc.Particle> ps = abc.particles();
            double[] w = ps.stream().mapToDouble(AbcSmc.Particle::weight).toArray();
            for (int i = 0; i < spec.free().size(); i++) {
                for (int j = i + 1; j < spec.free().size(); j++) {
                    double[] x = new double[ps.size()], y = new double[ps.size()];
                    for (int p = 0; p < ps.size(); p++) {
                        double[] v = Replay.values(spec, ps.get(p).u());
                        x[p] = v[i];
                        y[p] = v[j];
                    }
                    FreeParameter a = spec.free().get(i), b = spec.free().get(j);
                    save(new Figure("posterior_" + (i + 1) + "_" + (j + 1), charts.pair(a.path(), b.path(), x, y, w)),
                            chartDir, style, md, a.path() + " vs " + b.path());
                }
            }
        }
        DurableFiles.write(dir.resolve(CalibrationOutput.REPORT), md.toString());
    }

    private static String save(Figure f, Path chartDir, ChartStyle style, StringBuilder md, String alt) throws IOException {
        ChartExport.writePng(f.drawable(), chartDir.resolve(f.name() + ".png"), style.width(), style.height());
        md.append("![").append(alt).append("](").append(CHARTS).append('/').append(f.name()).append(".png)\n");
        return f.name();
    }

    private static String interval(Evaluation.Readout o) {
        if (!Double.isFinite(o.value())) return "—";
        String s = Numbers.format(o.value());
        if (Double.isFinite(o.low()) && Double.isFinite(o.high())) s += " (" + Numbers.format(o.low()) + "–" + Numbers.format(o.high()) + ")";
        return s;
    }
}
