package cartsim.model;

import cartsim.model.params.CrsParams;
import cartsim.model.params.CytokineParams;
import cartsim.model.params.IcansParams;
import cartsim.model.params.Parameters;
import cartsim.model.params.SteroidParams;
import cartsim.model.params.TocilizumabParams;

/**
 * The patient-level side: serum cytokines fed from the tissue fields through the patient scale
 * factor, CRS signs and ASTCT grade, ICANS through a delayed CNS exposure, and the tocilizumab
 * and corticosteroid rules. All in clinical units.
 */
public final class Clinical {
    private CytokineParams cyt;
    private CrsParams crs;
    private IcansParams icans;
    private TocilizumabParams toci;
    private SteroidParams steroids;
    private final double plasmaMl, dtH;
    /** serum cytokine mass in the patient, pg (above baseline) */
    double il6Pg, ifngPg;
    /** CNS exposure in IL-6-equivalent pg/mL, lagging the serum */
    double cns;
    double tociLevel;          // doses-equivalent, decays with tocilizumab's half-life
    int tociDoses;
    double lastTociHour = Double.NEGATIVE_INFINITY;
    double steroidUntilHour = Double.NEGATIVE_INFINITY;
    boolean steroidsGiven;
    int crsGrade, icansGrade;
    double feverC = 37;

    Clinical(Parameters params, double dtH) {
        this.dtH = dtH;
        var pa = params.patient();
        this.plasmaMl = pa.weight_kg() * pa.blood_volume_ml_per_kg() * (1 - pa.hematocrit());
        swap(params);
    }

    /** takes the cytokine, grading and management parameters from {@code params} (the body stays) */
    void swap(Parameters params) {
        cyt = params.cytokines();
        crs = params.crs();
        icans = params.icans();
        toci = params.treatment().tocilizumab();
        steroids = params.treatment().steroids();
    }

    public int crsGrade() { return crsGrade; }
    public int icansGrade() { return icansGrade; }
    public int tociDoses() { return tociDoses; }
    /** body temperature now, °C (the GUI narration quotes it) */
    public double feverC() { return feverC; }

    public double il6() { return cyt.il6_baseline_pg_per_ml() + il6Pg / plasmaMl; }
    public double ifng() { return cyt.ifng_baseline_pg_per_ml() + ifngPg / plasmaMl; }

    /** share of IL-6 signalling blocked by tocilizumab (one dose ≈ 90% receptor blockade) */
    public double tociBlockade() { return tociLevel / (tociLevel + 0.1); }

    public boolean steroidsActive(double hour) { return hour < steroidUntilHour; }

    /** one base step: serum kinetics, grades, treatment rules; returns events text or null */
    void step(double il6InPg, double ifngInPg, double hour, EventLog log, double day) {
        double block = tociBlockade();
        // tocilizumab blocks IL-6R-mediated clearance too, so serum IL-6 rises after a dose
        double il6Clear = cyt.il6_serum_clearance_per_hour() * (1 - 0.5 * block);
        il6Pg = il6Pg * Math.exp(-il6Clear * dtH) + il6InPg;
        ifngPg = ifngPg * Math.exp(-cyt.ifng_serum_clearance_per_hour() * dtH) + ifngInPg;
        tociLevel *= Math.exp(-Math.log(2) / (toci.half_life_days() * 24) * dtH);

        double il6 = il6(), ifng = ifng();
        double index = il6 * (1 - block) + crs.ifng_weight() * ifng;
        boolean treated = tociDoses > 0 || steroidsGiven;
        double feverIndex = crs.fever_index_pg_per_ml();
        feverC = 37 + 3 * index / (index + 2 * feverIndex);   // 38 °C at index = fever index
        boolean fever = index >= feverIndex;
        int organ = index >= crs.grade4_index_pg_per_ml() ? 3 : index >= crs.grade3_index_pg_per_ml() ? 2
                : index >= crs.grade2_index_pg_per_ml() ? 1 : 0; // hypotension/hypoxia level
        // ASTCT: fever needed unless antipyretic-acting drugs were given; organ signs set the grade
        crsGrade = organ > 0 && (fever || treated) ? 1 + organ : fever ? 1 : 0;

        // ICANS: tocilizumab does not cross the blood-brain barrier, steroids do
        double drive = (icans.il6_weight() * il6 + icans.ifng_weight() * ifng) * (steroidsActive(hour) ? steroids.cytokine_factor() : 1);
        cns += (drive - cns) * (1 - Math.exp(-dtH / icans.cns_delay_hours()));
        icansGrade = cns >= icans.grade4_pg_per_ml() ? 4 : cns >= icans.grade3_pg_per_ml() ? 3
                : cns >= icans.grade2_pg_per_ml() ? 2 : cns >= icans.grade1_pg_per_ml() ? 1 : 0;

        if (toci.enabled() && crsGrade >= toci.min_crs_grade() && tociDoses < toci.max_doses()
                && hour - lastTociHour >= toci.min_interval_hours()) {
            tociDoses++;
            tociLevel += 1;
            lastTociHour = hour;
            log.add(day, "tocilizumab", "dose " + tociDoses + " at CRS grade " + crsGrade);
        }
        if (steroids.enabled() && !steroidsActive(hour)
                && (crsGrade >= steroids.min_crs_grade() || icansGrade >= steroids.min_icans_grade())) {
            steroidsGiven = true;
            steroidUntilHour = hour + steroids.course_days() * 24;
            log.add(day, "steroids", "course at CRS grade " + crsGrade + ", ICANS grade " + icansGrade);
        }
    }
}
