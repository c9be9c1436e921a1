package cartsim.experiment;

import cartsim.analysis.Interval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** report.md: the virtual trial laid out like the results section of a trial report. */
final class TrialReport {
    private TrialReport() {}

    private static final Map<String, String> SECTION = Map.ofEntries(
            Map.entry("orr_itt", "Efficacy"), Map.entry("orr_infused", "Efficacy"), Map.entry("cr_itt", "Efficacy"),
            Map.entry("cr_infused", "Efficacy"),
            Map.entry("crs_any", "Safety"), Map.entry("crs_grade3plus", "Safety"), Map.entry("crs_onset_median_days", "Safety"),
            Map.entry("crs_duration_median_days", "Safety"), Map.entry("icans_any", "Safety"),
            Map.entry("icans_grade3plus", "Safety"), Map.entry("icans_onset_median_days", "Safety"),
            Map.entry("tocilizumab", "Safety"), Map.entry("steroids", "Safety"),
            Map.entry("cart_tmax_median_days", "Cellular kinetics"), Map.entry("cart_tmax_median_responders_days", "Cellular kinetics"),
            Map.entry("cart_tmax_median_nonresponders_days", "Cellular kinetics"),
            Map.entry("cart_cmax_geomean_responders", "Cellular kinetics"),
            Map.entry("cart_cmax_geomean_nonresponders", "Cellular kinetics"), Map.entry("cart_cmax_ratio_responders", "Cellular kinetics"),
            Map.entry("rfs_6mo_responders", "Durability"), Map.entry("rfs_12mo_responders", "Durability"),
            Map.entry("antigen_negative_relapse_share", "Durability"),
            Map.entry("dor_median_months", "Durability"), Map.entry("dor_6mo", "Durability"), Map.entry("dor_12mo", "Durability"),
            Map.entry("pfs_median_months", "Durability"), Map.entry("pfs_6mo", "Durability"), Map.entry("pfs_12mo", "Durability"));

    static String render(TrialSpec spec, List<TrialPatient> patients, List<TrialMetrics.Metric> metrics) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Virtual trial: ").append(spec.name()).append("\n\n");
        long infused = patients.stream().filter(TrialPatient::infused).count();
        long mf = patients.stream().filter(p -> TrialJob.MANUFACTURING_FAILURE.equals(p.notInfusedReason())).count();
        long prog = patients.stream().filter(p -> TrialJob.PROGRESSION.equals(p.notInfusedReason())).count();
        sb.append(String.format(Locale.ROOT, "Scenario `%s`, product %s (%s, %s costimulation), dose %s cells/kg; "
                        + "follow-up %s days after infusion; seed %d; cartsim %s.%n%n",
                spec.scenario().name(), String.join("+", spec.scenario().list("product.targets")),
                spec.scenario().s("product.logic"), spec.scenario().s("product.costim"),
                Numbers.format(spec.scenario().d("product.dose_cells_per_kg")), Numbers.format(spec.scenario().d("simulation.days")),
                spec.seed(), BuildInfo.version()));
        sb.append(String.format(Locale.ROOT, "**Enrolment.** %d patients enrolled (intention to treat), %d infused; "
                + "%d not infused because manufacturing failed, %d because of progression or death before infusion.%n", patients.size(),
                infused, mf, prog));
        if (!spec.variability().isEmpty()) {
            sb.append("Between-patient variability: ").append(String.join(", ", spec.variability().keySet().stream()
                    .map(k -> "`" + k + "`").toList())).append(" (see patients.csv).\n");
        }
        String section = null;
        for (TrialMetrics.Metric m : metrics) {
            String s = SECTION.get(m.name());
            if (s == null) continue;
            if (!s.equals(section)) {
                section = s;
                sb.append("\n## ").append(s).append("\n\n");
                sb.append("| Outcome | cartsim | 95% CI | n | Published |\n|---|---|---|---|---|\n");
            }
            Interval v = m.value();
            sb.append("| ").append(m.label()).append(" | ").append(value(m.kind(), v.estimate())).append(" | ")
                    .append(ci(m.kind(), v)).append(" | ").append(m.n()).append(" | ")
                    .append(m.published() == null ? "" : value(m.kind(), m.published())).append(" |\n");
        }
        sb.append("\n## Definitions\n\n");
        sb.append("- Response is the best overall response at the scheduled assessments by the disease's criteria (")
                .append(spec.scenario().s("response.criteria")).append(": bone-marrow blasts and MRD for B-ALL, the Lugano size surrogate for ")
                .append("lymphoma, IMWG M-protein for myeloma); intention-to-treat rates divide by all enrolled patients, infused rates by infused patients.\n");
        sb.append("- Grading: ").append(spec.grading().describe()).append("; the model's own scale is ASTCT, the others are read off the same signs")
                .append(spec.protocol() == null ? "" : "; management protocol `" + spec.protocol() + "`").append(".\n");
        sb.append("- Proportions: Wilson 95% intervals. Medians: exact distribution-free intervals from order statistics (none with 5 or fewer values: n too small). ")
                .append("Geometric means and their ratio: t intervals on the log scale (Welch for the ratio).\n");
        sb.append("- Relapse-free survival: Kaplan–Meier among responders, event = progression at an assessment (relapse after CR or ")
                .append("progression after PR, measured from the nadir), censored at the end of follow-up; Greenwood 95% interval; km.csv holds the curve. ")
                .append("Duration of response runs from the first response; progression-free survival from infusion, among the infused. ")
                .append("Medians with log(−log) intervals. Empty when follow-up is shorter than the landmark or the median is not reached.\n");
        sb.append("- CAR-T Cmax is the peak CAR-T count in blood (cells/µL); published Cmax figures are in transgene copies/µg DNA, ")
                .append("so only the responder/non-responder ratio is comparable.\n");
        sb.append("- Published values are given where the trial file lists them.\n");
        return sb.toString();
    }

    private static String value(String kind, double v) {
        if (!Double.isFinite(v)) return "–";
        return switch (kind) {
            case "rate" -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case "count" -> Long.toString(Math.round(v));
            case "days", "months" -> String.format(Locale.ROOT, "%.1f", v);
            case "ratio" -> String.format(Locale.ROOT, "%.2f", v);
            default -> Numbers.format(Double.parseDouble(String.format(Locale.ROOT, "%.3g", v)));
        };
    }

    private static String ci(String kind, Interval v) {
        if (!Double.isFinite(v.low()) || !Double.isFinite(v.high())) {
            // medians ("days") of 5 or fewer values have no 95% order-statistic interval at all
            return kind.equals("days") && Double.isFinite(v.estimate()) ? "n too small" : "";
        }
        return value(kind, v.low()) + " – " + value(kind, v.high());
    }
}
