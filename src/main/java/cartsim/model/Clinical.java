package cartsim.model;

/**
 * The patient-level side: serum cytokines fed from the tissue fields through the patient scale
 * factor, CRS signs and ASTCT grade, ICANS through a delayed CNS exposure, and the tocilizumab
 * and corticosteroid rules. All in clinical units.
 */
public final class Clinical {
    private final ModelParams p;
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

    Clinical(ModelParams p, double dtH) {
        this.p = p;
        this.dtH = dtH;
        this.plasmaMl = p.weightKg * p.bloodVolumeMlPerKg * (1 - p.hematocrit);
    }

    public int crsGrade() { return crsGrade; }
    public int icansGrade() { return icansGrade; }
    public int tociDoses() { return tociDoses; }
    /** body temperature now, °C (the GUI narration quotes it) */
    public double feverC() { return feverC; }

    public double il6() { return p.il6Baseline + il6Pg / plasmaMl; }
    public double ifng() { return p.ifngBaseline + ifngPg / plasmaMl; }

    /** share of IL-6 signalling blocked by tocilizumab (one dose ≈ 90% receptor blockade) */
    public double tociBlockade() { return tociLevel / (tociLevel + 0.1); }

    public boolean steroidsActive(double hour) { return hour < steroidUntilHour; }

    /** one base step: serum kinetics, grades, treatment rules; returns events text or null */
    void step(double il6InPg, double ifngInPg, double hour, CarTModel m) {
        double block = tociBlockade();
        // tocilizumab blocks IL-6R-mediated clearance too, so serum IL-6 rises after a dose
        double il6Clear = p.il6ClearancePerH * (1 - 0.5 * block);
        il6Pg = il6Pg * Math.exp(-il6Clear * dtH) + il6InPg;
        ifngPg = ifngPg * Math.exp(-p.ifngClearancePerH * dtH) + ifngInPg;
        tociLevel *= Math.exp(-Math.log(2) / (p.tociHalfLifeDays * 24) * dtH);

        double il6 = il6(), ifng = ifng();
        double index = il6 * (1 - block) + p.crsIfngWeight * ifng;
        boolean treated = tociDoses > 0 || steroidsGiven;
        feverC = 37 + 3 * index / (index + 2 * p.crsFever);   // 38 °C at index = crsFever
        boolean fever = index >= p.crsFever;
        int organ = index >= p.crsG4 ? 3 : index >= p.crsG3 ? 2 : index >= p.crsG2 ? 1 : 0; // hypotension/hypoxia level
        // ASTCT: fever needed unless antipyretic-acting drugs were given; organ signs set the grade
        crsGrade = organ > 0 && (fever || treated) ? 1 + organ : fever ? 1 : 0;

        // ICANS: tocilizumab does not cross the blood-brain barrier, steroids do
        double drive = (p.icansIl6Weight * il6 + p.icansIfngWeight * ifng) * (steroidsActive(hour) ? p.steroidCytokineFactor : 1);
        cns += (drive - cns) * (1 - Math.exp(-dtH / p.icansDelayH));
        icansGrade = cns >= p.icansG4 ? 4 : cns >= p.icansG3 ? 3 : cns >= p.icansG2 ? 2 : cns >= p.icansG1 ? 1 : 0;

        if (p.tociEnabled && crsGrade >= p.tociMinGrade && tociDoses < p.tociMaxDoses
                && hour - lastTociHour >= p.tociIntervalH) {
            tociDoses++;
            tociLevel += 1;
            lastTociHour = hour;
            m.event("tocilizumab", "dose " + tociDoses + " at CRS grade " + crsGrade);
        }
        if (p.steroidsEnabled && !steroidsActive(hour)
                && (crsGrade >= p.steroidMinCrs || icansGrade >= p.steroidMinIcans)) {
            steroidsGiven = true;
            steroidUntilHour = hour + p.steroidCourseDays * 24;
            m.event("steroids", "course at CRS grade " + crsGrade + ", ICANS grade " + icansGrade);
        }
    }
}
