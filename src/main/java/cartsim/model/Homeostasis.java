package cartsim.model;

import cartsim.model.params.LymphodepletionParams;
import cartsim.model.params.Parameters;

/**
 * The IL-15 surge after lymphodepletion and the antigen-independent (homeostatic) CAR-T division
 * it drives. Serum IL-15 rises with the cumulative fludarabine and cyclophosphamide dose over the
 * course (a_F · Flu mg/m² + a_C · Cy mg/m², each drug given daily from start_day for its days),
 * and the excess over baseline decays with its half-life from the end of the course. Fewer
 * competing lymphocytes leave more IL-7/IL-15 per cell; IL-15 stands for both here.
 */
final class Homeostasis {
    private LymphodepletionParams ld;
    private double maxRate, halfEffect;

    Homeostasis(Parameters p) {
        configure(p);
    }

    void configure(Parameters p) {
        ld = p.treatment().lymphodepletion();
        maxRate = p.cart().homeostatic_division_per_day();
        halfEffect = p.cart().homeostatic_half_effect_il15_pg_per_ml();
    }

    /** the regimen's full IL-15 rise over baseline, pg/mL (0 without lymphodepletion) */
    static double rise(LymphodepletionParams ld) {
        if (!ld.enabled()) return 0;
        return ld.il15_per_fludarabine_mg_per_m2() * ld.fludarabine_mg_per_m2_per_day() * ld.fludarabine_days()
                + ld.il15_per_cyclophosphamide_mg_per_m2() * ld.cyclophosphamide_mg_per_m2_per_day() * ld.cyclophosphamide_days();
    }

    /** IL-15 over baseline on {@code day}, pg/mL */
    double excess(double day) {
        if (!ld.enabled()) return 0;
        double t = day - ld.start_day();
        if (t <= 0) return 0;
        double e = ld.il15_per_fludarabine_mg_per_m2() * ld.fludarabine_mg_per_m2_per_day() * Math.min(ld.fludarabine_days(), t)
                + ld.il15_per_cyclophosphamide_mg_per_m2() * ld.cyclophosphamide_mg_per_m2_per_day() * Math.min(ld.cyclophosphamide_days(), t);
        double after = t - ld.duration_days();
        return after > 0 ? e * Math.exp(-Math.log(2) * after / ld.il15_half_life_days()) : e;
    }

    /** serum IL-15 on {@code day}, pg/mL */
    double il15(double day) {
        return ld.il15_baseline_pg_per_ml() + excess(day);
    }

    /** homeostatic division rate of a non-exhausted CAR-T cell, 1/d, saturating in the IL-15 excess */
    double divisionRatePerDay(double day) {
        double e = excess(day);
        return e > 0 ? maxRate * e / (e + halfEffect) : 0;
    }
}
