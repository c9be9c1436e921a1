package cartsim.model;

import cartsim.model.params.ChemoPulse;
import cartsim.model.params.LymphodepletionParams;
import cartsim.model.params.Parameters;
import cartsim.model.params.TreatmentParams;
import ec.util.MersenneTwisterFast;

import java.util.Arrays;
import java.util.Locale;

/**
 * The treatment course of one run: bridging, lymphodepletion, chemotherapy pulses, the infusion
 * and the checkpoint inhibitor happen on their days ({@link #apply}); the drugs' running effects
 * on the agents come out once per step as {@link StepModifiers}.
 */
final class TreatmentTimeline {
    private Parameters params;
    private final double dtH;
    private boolean infused, ldStarted, bridged, cpiStarted;
    private boolean[] chemoDone;
    private double ldKillPerStep;

    TreatmentTimeline(Parameters params, double dtH) {
        this.dtH = dtH;
        this.params = params;
        reset();
    }

    /** back to the state before the first step */
    void reset() {
        infused = ldStarted = bridged = cpiStarted = false;
        chemoDone = new boolean[params.treatment().chemotherapy().size()];
        LymphodepletionParams ld = params.treatment().lymphodepletion();
        if (ld.enabled()) {
            // per-step hazard that kills the configured fraction over the course
            double h = -Math.log(1 - Math.min(ld.tumor_kill_fraction(), 0.999999)) / (ld.duration_days() * 24);
            ldKillPerStep = 1 - Math.exp(-h * dtH);
        }
    }

    /** new parameters mid-run (GUI): events already given stay given */
    void swap(Parameters p) {
        this.params = p;
        if (p.treatment().chemotherapy().size() != chemoDone.length)
            chemoDone = Arrays.copyOf(chemoDone, p.treatment().chemotherapy().size());
    }

    /** gives what is due on {@code day}; the infusion is done by {@code infusion} */
    void apply(double day, Tumor tumor, CarT cart, MersenneTwisterFast rng, EventLog log, Runnable infusion) {
        TreatmentParams t = params.treatment();
        LymphodepletionParams ld = t.lymphodepletion();
        double ldStart = ld.start_day(), ldEnd = ld.start_day() + ld.duration_days();
        if (t.bridging().enabled() && !bridged && day >= t.bridging().day()) {
            bridged = true;
            int k = tumor.killFraction(t.bridging().tumor_kill_fraction(), rng);
            log.add(day, "bridging", k + " tumor cells killed");
        }
        if (ld.enabled() && day >= ldStart && day < ldEnd) {
            if (!ldStarted) {
                ldStarted = true;
                log.add(day, "lymphodepletion", "start, " + ld.duration_days() + " d");
            }
            tumor.killFraction(ldKillPerStep, rng);
        }
        for (int c = 0; c < chemoDone.length; c++) {
            ChemoPulse pulse = t.chemotherapy().get(c);
            if (!chemoDone[c] && day >= pulse.day()) {
                chemoDone[c] = true;
                int kt = tumor.killFraction(pulse.tumor_kill_fraction(), rng);
                int kc = cart.killFraction(pulse.cart_kill_fraction(), tumor, rng);
                log.add(day, "chemotherapy", kt + " tumor and " + kc + " CAR-T cells killed");
            }
        }
        if (!infused && day >= 0) {
            infused = true;
            infusion.run();
        }
        if (t.checkpoint_inhibitor().enabled() && !cpiStarted && day >= t.checkpoint_inhibitor().start_day()) {
            cpiStarted = true;
            log.add(day, "checkpoint_inhibitor", "PD-1 blockade " + t.checkpoint_inhibitor().pd1_blockade());
        }
    }

    /** the drugs' effects on the agents during the step at {@code day} */
    StepModifiers modifiers(double day, Clinical clinical) {
        TreatmentParams t = params.treatment();
        double hour = day * 24;
        return new StepModifiers(expansionBoost(day),
                clinical.drugs.cartFunction(hour),
                clinical.drugs.cytokineProduction(hour),
                pHostRejection(day),
                t.checkpoint_inhibitor().enabled() && day >= t.checkpoint_inhibitor().start_day()
                        ? t.checkpoint_inhibitor().pd1_blockade() : 0, 1);
    }

    private double sinceLdEndDays(double day) {
        LymphodepletionParams ld = params.treatment().lymphodepletion();
        return day - (ld.start_day() + ld.duration_days());
    }

    /**
     * proliferation boost from homeostatic cytokines after lymphodepletion; its size scales with the
     * regimen's IL-15 rise relative to the reference regimen (ELIANA by default)
     */
    private double expansionBoost(double day) {
        LymphodepletionParams ld = params.treatment().lymphodepletion();
        if (!ld.enabled() || ld.expansion_boost() <= 1) return 1;
        double t = Math.max(0, sinceLdEndDays(day));
        double intensity = Homeostasis.rise(ld) / ld.boost_reference_il15_rise_pg_per_ml();
        return 1 + (ld.expansion_boost() - 1) * intensity * Math.exp(-Math.log(2) * t / ld.boost_half_life_days());
    }

    /** per-step host-rejection probability for allogeneic cells; lymphodepletion delays host recovery */
    private double pHostRejection(double day) {
        if (!params.product().allogeneic()) return 0;
        LymphodepletionParams ld = params.treatment().lymphodepletion();
        double suppression = ld.enabled() ? Math.exp(-Math.log(2) * Math.max(0, sinceLdEndDays(day)) / ld.boost_half_life_days()) : 0;
        return 1 - Math.exp(-params.product().host_rejection_rate_per_day() * (1 - suppression) * dtH / 24);
    }

    static String infusionDetail(double patientCells, int agents, double weight, double scale) {
        if (weight >= 1) return String.format(Locale.ROOT, "%.3g CAR+ cells (%d simulated, scale %.3g)", patientCells, agents, scale);
        return String.format(Locale.ROOT, "%.3g CAR+ cells (%d simulated agents of weight %.3g, scale %.3g)", patientCells, agents, weight, scale);
    }
}
