package cartsim.scenario;

import cartsim.model.params.Costim;
import cartsim.model.params.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The scenario schema: every parameter, derived from the typed records of
 * {@code cartsim.model.params} by {@link ParamRegistry}, plus the cross-parameter rules. Defaults
 * describe the built-in default scenario: tisagenlecleucel (anti-CD19, 4-1BB) at label dose in pediatric
 * relapsed/refractory B-ALL (ELIANA). Source keys ("S1", "S12" …) refer to the source list in
 * {@code docs/model.md}; "reasoned" marks an estimate argued there.
 */
public final class CartSchema {
    public static final List<String> ANTIGENS = ParamRegistry.words(Target.class);
    public static final List<String> COSTIMS = ParamRegistry.words(Costim.class);

    private static final Schema SCHEMA = build();

    private CartSchema() {}

    public static Schema get() {
        return SCHEMA;
    }

    private static Schema build() {
        Schema s = new Schema();
        for (Param p : ParamRegistry.params()) s.add(p);
        rules(s);
        return s;
    }

    private static void rules(Schema s) {
        s.rule(sc -> {
            List<String> t = sc.list("product.targets");
            String logic = sc.s("product.logic");
            if (t.isEmpty()) return v("product.targets", "needs at least one antigen", "one or two of CD19, CD22, BCMA");
            if (logic.equals("single") && t.size() != 1)
                return v("product.logic", "'single' needs exactly one target but " + t.size() + " are given", "OR, AND for two targets");
            if (!logic.equals("single") && t.size() != 2)
                return v("product.logic", "'" + logic + "' needs two targets but " + t.size() + " is given", "single for one target");
            return Optional.empty();
        });
        s.rule(sc -> {
            double dtSubS = sc.d("simulation.step_minutes") * 60 / sc.i("cytokines.diffusion_substeps");
            double dx = sc.d("simulation.site_size_um");
            for (String f : List.of("ifng", "il6", "damp")) {
                double r = sc.d("cytokines." + f + "_diffusion_um2_per_s") * dtSubS / (dx * dx);
                if (r > 0.25) {
                    int need = (int) Math.ceil(sc.i("cytokines.diffusion_substeps") * r / 0.25);
                    return v("cytokines." + f + "_diffusion_um2_per_s",
                            String.format(java.util.Locale.ROOT, "unstable diffusion: D·Δt_sub/dx² = %.3g > 0.25 (raise cytokines.diffusion_substeps to ≥ %d or shorten simulation.step_minutes)", r, need),
                            "D·Δt_sub/dx² ≤ 0.25");
                }
            }
            return Optional.empty();
        });
        s.rule(sc -> sc.d("response.pr_below_pct_baseline") < sc.d("response.cr_below_pct_baseline")
                ? v("response.pr_below_pct_baseline", "must not be below response.cr_below_pct_baseline", "≥ " + sc.d("response.cr_below_pct_baseline"))
                : Optional.empty());
        s.rule(sc -> {
            if (sc.d("treatment.lymphodepletion.start_day") + sc.d("treatment.lymphodepletion.duration_days") > 0 && sc.b("treatment.lymphodepletion.enabled"))
                return v("treatment.lymphodepletion.duration_days", "lymphodepletion must end by infusion (start_day + duration_days ≤ 0)", "≤ " + (-sc.d("treatment.lymphodepletion.start_day")));
            return Optional.empty();
        });
        s.rule(sc -> {
            String[] keys = {"crs.fever_index_pg_per_ml", "crs.grade2_index_pg_per_ml", "crs.grade3_index_pg_per_ml", "crs.grade4_index_pg_per_ml"};
            for (int k = 1; k < keys.length; k++)
                if (sc.d(keys[k]) < sc.d(keys[k - 1])) return v(keys[k], "grade thresholds must increase", "≥ " + sc.d(keys[k - 1]));
            String[] ik = {"icans.grade1_pg_per_ml", "icans.grade2_pg_per_ml", "icans.grade3_pg_per_ml", "icans.grade4_pg_per_ml"};
            for (int k = 1; k < ik.length; k++)
                if (sc.d(ik[k]) < sc.d(ik[k - 1])) return v(ik[k], "grade thresholds must increase", "≥ " + sc.d(ik[k - 1]));
            return Optional.empty();
        });
    }

    private static Optional<Rule.Violation> v(String path, String msg, String allowed) {
        return Optional.of(new Rule.Violation(path, msg, allowed));
    }

    /** all parameter paths, for tests and docs */
    public static List<String> paths() {
        List<String> out = new ArrayList<>();
        for (Param p : SCHEMA.params()) out.add(p.path());
        return out;
    }
}
