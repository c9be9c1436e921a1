package cartsim.model;

import cartsim.model.clinical.Drugs;
import cartsim.model.clinical.GradingScales;
import cartsim.model.params.CrsParams;
import cartsim.model.params.CytokineParams;
import cartsim.model.params.IcansParams;
import cartsim.model.params.Parameters;

/**
 * The patient-level side, in clinical units: serum IL-6, IFN-γ and IL-1 fed from the tissue
 * (IL-1 with the myeloid IL-6), body temperature driven by the pyrogens, an endothelial
 * activation state that sets hypotension and hypoxia, the blood–brain barrier and CNS
 * inflammation behind ICANS, the grades by every scale, and the drugs ({@link Drugs}).
 */
public final class Clinical {
    private CytokineParams cyt;
    private CrsParams crs;
    private IcansParams icans;
    private double cartCytokineFactor;
    private final double plasmaMl, dtH;
    final Drugs drugs;
    /** serum cytokine mass in the patient, pg (above baseline) */
    double il6Pg, ifngPg, il1Pg;
    /** endothelial activation, IL-6-equivalent pg/mL; recovers with its own time constant */
    double endothelium;
    /** blood–brain barrier permeability 0–1, CAR-T in the CNS (cells/µL equivalent), CNS inflammation (IL-6-eq. pg/mL) */
    double bbb, cnsCart, cns;
    double feverC = 37;
    double feverHours;
    int hypotension, hypoxia, ice = 10;
    boolean unarousable, neuroSymptoms;
    int crsGrade, icansGrade, crsPenn, crsLee2014, neuroCtcae;
    private boolean crsStarted;

    Clinical(Parameters params, double dtH) {
        this.dtH = dtH;
        var pa = params.patient();
        this.plasmaMl = pa.weight_kg() * pa.blood_volume_ml_per_kg() * (1 - pa.hematocrit());
        this.drugs = new Drugs(params, dtH);
        swap(params);
    }

    /** takes the cytokine, grading and management parameters from {@code params} (the body stays) */
    void swap(Parameters params) {
        cyt = params.cytokines();
        crs = params.crs();
        icans = params.icans();
        cartCytokineFactor = params.costimEffects().cytokine_factor();
        drugs.swap(params);
    }

    public int crsGrade() { return crsGrade; }
    public int icansGrade() { return icansGrade; }
    public int tociDoses() { return drugs.tociDoses(); }
    /** body temperature now, °C (the GUI narration quotes it) */
    public double feverC() { return feverC; }
    public int ice() { return ice; }

    public double il6() { return cyt.il6_baseline_pg_per_ml() + il6Pg / plasmaMl; }
    public double ifng() { return cyt.ifng_baseline_pg_per_ml() + ifngPg / plasmaMl; }
    public double il1() { return il1Pg / plasmaMl; }

    /** share of IL-6 receptors occupied by tocilizumab */
    public double tociBlockade() { return drugs.il6ReceptorOccupancy(); }

    public boolean steroidsActive(double hour) { return drugs.steroidsActive(hour); }

    /** IL-6 signalling in pg/mL equivalents: tocilizumab competes for the receptor, so it shifts the dose–response */
    double il6Signal() { return il6() * drugs.il6SignalFactor(); }

    double il1Signal() { return il1() * (1 - drugs.il1Blockade()); }

    /** vasopressors in use: 0, 1 or 2 (= several) */
    public int vasopressors() { return Math.max(0, hypotension - 1); }

    /** oxygen support: 0 none, 1 low-flow, 2 high-flow, 3 positive-pressure ventilation */
    public int oxygenSupport() { return hypoxia; }

    /** one base step without CAR-T in the blood (unit tests) */
    void step(double il6InPg, double ifngInPg, double hour, EventLog log, double day) {
        step(il6InPg, ifngInPg, 0, hour, log, day);
    }

    /** one base step: serum kinetics, signs, grades, treatment rules */
    void step(double il6InPg, double ifngInPg, double cartBloodPerUl, double hour, EventLog log, double day) {
        // tocilizumab also blocks IL-6R-mediated clearance, so serum IL-6 rises after a dose
        double il6Clear = cyt.il6_serum_clearance_per_hour() * (1 - 0.5 * drugs.il6ReceptorOccupancy());
        il6Pg = il6Pg * Math.exp(-il6Clear * dtH) + il6InPg;
        ifngPg = ifngPg * Math.exp(-cyt.ifng_serum_clearance_per_hour() * dtH) + ifngInPg;
        il1Pg = il1Pg * Math.exp(-crs.il1_serum_clearance_per_hour() * dtH) + crs.il1_per_il6() * il6InPg;
        drugs.decay();

        double il6s = il6Signal(), il1s = il1Signal(), ifng = ifng();
        // fever: pyrogens reset the hypothalamic set point; temperature follows within hours
        double pyrogen = il6s + crs.il1_pyrogen_weight() * il1s + crs.ifng_pyrogen_weight() * ifng;
        double target = 37 + 3 * pyrogen / (pyrogen + 2 * crs.fever_index_pg_per_ml()); // 38 °C at the fever index
        feverC += (target - feverC) * (1 - Math.exp(-dtH / crs.fever_time_constant_hours()));
        boolean fever = feverC >= 38;
        feverHours = fever ? feverHours + dtH : 0;

        // capillary leak: endothelial activation rises with its drive, recovers slowly
        double drive = crs.il6_endothelial_weight() * il6s + crs.ifng_weight() * ifng + crs.il1_endothelial_weight() * il1s;
        double tau = drive > endothelium ? crs.endothelial_activation_hours() : crs.endothelial_recovery_hours();
        endothelium += (drive - endothelium) * (1 - Math.exp(-dtH / tau));
        hypotension = level(endothelium, crs.fluids_index_pg_per_ml(), crs.vasopressor_index_pg_per_ml(), crs.vasopressors_several_index_pg_per_ml());
        hypoxia = level(endothelium, crs.low_flow_o2_index_pg_per_ml(), crs.high_flow_o2_index_pg_per_ml(), crs.ventilation_index_pg_per_ml());
        // ASTCT: fever is no longer needed once anti-cytokine drugs or steroids were given during CRS
        boolean waived = crsStarted && (drugs.tociDoses() > 0 || drugs.steroidsGiven() || drugs.anakinraDoses() > 0);
        crsGrade = GradingScales.astctCrs(fever, waived, hypotension, hypoxia);
        crsStarted |= crsGrade > 0;
        crsLee2014 = crsGrade > 0 ? GradingScales.lee2014Crs(fever, hypotension, hypoxia) : 0;
        crsPenn = crsGrade > 0 ? GradingScales.pennCrs(fever, feverHours >= crs.penn_grade2_fever_hours(), hypotension, hypoxia) : 0;

        // ICANS: the barrier opens with endothelial activation; cytokines (tocilizumab stays outside,
        // so total IL-6 counts) and CAR-T cells enter; their CNS inflammation lowers the ICE score
        double open = endothelium / (endothelium + icans.bbb_half_activation_pg_per_ml());
        bbb = open > bbb ? open : bbb + (open - bbb) * (1 - Math.exp(-dtH / icans.bbb_recovery_hours()));
        cnsCart += (bbb * cartBloodPerUl - cnsCart) * (1 - Math.exp(-dtH / icans.cart_cns_hours()));
        double cnsDrive = bbb * (icans.il6_weight() * il6() + icans.ifng_weight() * ifng + icans.il1_weight() * il1s)
                + icans.cart_weight() * cartCytokineFactor * cnsCart;
        cns += (cnsDrive - cns) * (1 - Math.exp(-dtH / icans.cns_delay_hours()));
        double y = cns / icans.ice_half_pg_per_ml();
        double impairment = Math.pow(y, icans.ice_hill()) / (1 + Math.pow(y, icans.ice_hill()));
        ice = (int) Math.round(10 * (1 - impairment));
        unarousable = y >= icans.coma_at_ice_half();
        neuroSymptoms = y >= icans.ctcae_symptom_at_ice_half();
        icansGrade = GradingScales.astctIcans(ice, unarousable);
        neuroCtcae = GradingScales.ctcaeNeuro(ice, unarousable, neuroSymptoms);

        drugs.apply(crsGrade, icansGrade, hour, log, day);
    }

    private static int level(double x, double t1, double t2, double t3) {
        return x >= t3 ? 3 : x >= t2 ? 2 : x >= t1 ? 1 : 0;
    }
}
