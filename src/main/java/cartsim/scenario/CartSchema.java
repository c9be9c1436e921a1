package cartsim.scenario;

import cartsim.model.params.Costim;
import cartsim.model.params.CrsParams;
import cartsim.model.params.CytokineParams;
import cartsim.model.params.Logic;
import cartsim.model.params.LymphodepletionParams;
import cartsim.model.params.Parameters;
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

    /** a rule over the typed parameters (the values are already type- and range-checked when rules run) */
    private static Rule typed(java.util.function.Function<Parameters, Optional<Rule.Violation>> check) {
        return sc -> check.apply(ParamRegistry.bind(sc));
    }

    private static void rules(Schema s) {
        s.rule(typed(p -> {
            List<Target> t = p.product().targets();
            Logic logic = p.product().logic();
            if (t.isEmpty()) return v("product.targets", "needs at least one antigen", "one or two of " + String.join(", ", ANTIGENS));
            if (logic == Logic.SINGLE && t.size() != 1)
                return v("product.logic", "'single' needs exactly one target but " + t.size() + " are given", "OR, AND for two targets");
            if (logic != Logic.SINGLE && t.size() != 2)
                return v("product.logic", "'" + logic.word() + "' needs two targets but " + t.size() + " is given", "single for one target");
            return Optional.empty();
        }));
        s.rule(typed(p -> {
            CytokineParams c = p.cytokines();
            double dtSubS = p.simulation().step_minutes() * 60 / c.diffusion_substeps();
            double dx = p.simulation().site_size_um();
            double[] d = {c.ifng_diffusion_um2_per_s(), c.il6_diffusion_um2_per_s(), c.damp_diffusion_um2_per_s()};
            String[] f = {"ifng", "il6", "damp"};
            for (int k = 0; k < d.length; k++) {
                double r = d[k] * dtSubS / (dx * dx);
                if (r > 0.25) {
                    int need = (int) Math.ceil(c.diffusion_substeps() * r / 0.25);
                    return v("cytokines." + f[k] + "_diffusion_um2_per_s",
                            String.format(java.util.Locale.ROOT, "unstable diffusion: D·Δt_sub/dx² = %.3g > 0.25 (raise cytokines.diffusion_substeps to ≥ %d or shorten simulation.step_minutes)", r, need),
                            "D·Δt_sub/dx² ≤ 0.25");
                }
            }
            return Optional.empty();
        }));
        s.rule(typed(p -> p.response().pr_below_pct_baseline() < p.response().cr_below_pct_baseline()
                ? v("response.pr_below_pct_baseline", "must not be below response.cr_below_pct_baseline", "≥ " + p.response().cr_below_pct_baseline())
                : Optional.empty()));
        s.rule(typed(p -> {
            LymphodepletionParams ld = p.treatment().lymphodepletion();
            if (ld.start_day() + ld.duration_days() > 0 && ld.enabled())
                return v("treatment.lymphodepletion.duration_days", "lymphodepletion must end by infusion (start_day + duration_days ≤ 0)", "≤ " + (-ld.start_day()));
            if (ld.fludarabine_days() > ld.duration_days())
                return v("treatment.lymphodepletion.fludarabine_days", "fludarabine is given within the course (fludarabine_days ≤ duration_days)", "≤ " + ld.duration_days());
            if (ld.cyclophosphamide_days() > ld.duration_days())
                return v("treatment.lymphodepletion.cyclophosphamide_days", "cyclophosphamide is given within the course (cyclophosphamide_days ≤ duration_days)", "≤ " + ld.duration_days());
            return Optional.empty();
        }));
        s.rule(typed(p -> {
            CrsParams c = p.crs();
            Optional<Rule.Violation> hyp = increasing("crs.", new String[]{"fluids_index_pg_per_ml", "vasopressor_index_pg_per_ml", "vasopressors_several_index_pg_per_ml"},
                    c.fluids_index_pg_per_ml(), c.vasopressor_index_pg_per_ml(), c.vasopressors_several_index_pg_per_ml());
            if (hyp.isPresent()) return hyp;
            return increasing("crs.", new String[]{"low_flow_o2_index_pg_per_ml", "high_flow_o2_index_pg_per_ml", "ventilation_index_pg_per_ml"},
                    c.low_flow_o2_index_pg_per_ml(), c.high_flow_o2_index_pg_per_ml(), c.ventilation_index_pg_per_ml());
        }));
    }

    /** grade thresholds must not fall; blames the first one below its predecessor */
    private static Optional<Rule.Violation> increasing(String section, String[] keys, double... values) {
        for (int k = 1; k < values.length; k++)
            if (values[k] < values[k - 1]) return v(section + keys[k], "grade thresholds must increase", "≥ " + values[k - 1]);
        return Optional.empty();
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
