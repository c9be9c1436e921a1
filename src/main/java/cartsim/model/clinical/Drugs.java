package cartsim.model.clinical;

import cartsim.model.EventLog;
import cartsim.model.params.AnakinraParams;
import cartsim.model.params.Parameters;
import cartsim.model.params.SteroidParams;
import cartsim.model.params.TocilizumabParams;

/**
 * The CRS/ICANS drugs of one patient: their trigger rules (the management protocol), doses and
 * levels. Tocilizumab is a competitive IL-6 receptor antagonist with its own PK; anakinra blocks
 * IL-1 signalling; a corticosteroid course suppresses cytokine production (its only action on
 * CRS and ICANS; {@link #cytokineProduction}).
 */
public final class Drugs {
    private final double dtH, weightKg;
    private TocilizumabParams toci;
    private SteroidParams steroids;
    private AnakinraParams anakinra;
    /** serum tocilizumab, µg/mL */
    double tociUgPerMl;
    int tociDoses;
    double firstTociHour = Double.NaN, lastTociHour = Double.NEGATIVE_INFINITY;
    /** hours since the first tocilizumab dose with CRS still at the tocilizumab grade */
    double refractoryHours;
    double steroidUntilHour = Double.NEGATIVE_INFINITY;
    boolean steroidsGiven;
    /** anakinra in the body, mg */
    double anakinraMg;
    int anakinraDoses;
    double lastAnakinraHour = Double.NEGATIVE_INFINITY;

    public Drugs(Parameters params, double dtH) {
        this.dtH = dtH;
        this.weightKg = params.patient().weight_kg();
        swap(params);
    }

    public void swap(Parameters params) {
        toci = params.treatment().tocilizumab();
        steroids = params.treatment().steroids();
        anakinra = params.treatment().anakinra();
    }

    public int tociDoses() { return tociDoses; }
    public boolean steroidsGiven() { return steroidsGiven; }
    public int anakinraDoses() { return anakinraDoses; }
    public double tocilizumabUgPerMl() { return tociUgPerMl; }
    /** hour of the last tocilizumab dose (−∞ before the first) */
    public double lastTociHour() { return lastTociHour; }
    /** hour the current or last steroid course ends (−∞ before the first) */
    public double steroidUntilHour() { return steroidUntilHour; }

    public boolean steroidsActive(double hour) { return hour < steroidUntilHour; }

    /** IL-6 receptor occupancy by tocilizumab, C/(C + Kd) */
    public double il6ReceptorOccupancy() {
        return tociUgPerMl / (tociUgPerMl + toci.kd_ug_per_ml());
    }

    /** competitive antagonism: the same IL-6 signal needs (1 + C/Kd) times more IL-6 */
    public double il6SignalFactor() {
        return 1 / (1 + tociUgPerMl / toci.kd_ug_per_ml());
    }

    public double il1Blockade() {
        return anakinraMg / (anakinraMg + anakinra.half_block_mg());
    }

    /** cytokine production factor of the CAR-T and myeloid cells now (steroid Emax model) */
    public double cytokineProduction(double hour) {
        return steroidsActive(hour) ? 1 - (1 - steroids.cytokine_factor()) * steroids.effect() : 1;
    }

    /** CAR-T killing and proliferation factor now */
    public double cartFunction(double hour) {
        return steroidsActive(hour) ? 1 - (1 - steroids.cart_function_factor()) * steroids.effect() : 1;
    }

    /** one step of elimination */
    public void decay() {
        tociUgPerMl *= Math.exp(-Math.log(2) / (toci.half_life_days() * 24) * dtH);
        anakinraMg *= Math.exp(-Math.log(2) / anakinra.half_life_hours() * dtH);
    }

    /** the protocol's trigger rules at the current grades */
    public void apply(int crsGrade, int icansGrade, double hour, EventLog log, double day) {
        if (toci.enabled() && crsGrade >= toci.min_crs_grade() && tociDoses < toci.max_doses()
                && hour - lastTociHour >= toci.min_interval_hours()) {
            tociDoses++;
            double perKg = weightKg < 30 ? toci.dose_mg_per_kg_below_30kg() : toci.dose_mg_per_kg();
            double mg = Math.min(toci.max_dose_mg(), perKg * weightKg);
            tociUgPerMl += mg * 1000 / (toci.volume_ml_per_kg() * weightKg);
            if (Double.isNaN(firstTociHour)) firstTociHour = hour;
            lastTociHour = hour;
            log.add(day, "tocilizumab", String.format(java.util.Locale.ROOT, "dose %d (%.0f mg) at CRS grade %d", tociDoses, mg, crsGrade));
        }
        refractoryHours = tociDoses > 0 && crsGrade >= toci.min_crs_grade() ? refractoryHours + dtH : 0;
        boolean tociFailed = steroids.after_tocilizumab_failure_hours() > 0 && refractoryHours >= steroids.after_tocilizumab_failure_hours();
        if (steroids.enabled() && !steroidsActive(hour)
                && (crsGrade >= steroids.min_crs_grade() || icansGrade >= steroids.min_icans_grade() || tociFailed)) {
            steroidsGiven = true;
            steroidUntilHour = hour + steroids.course_days() * 24;
            refractoryHours = 0;
            log.add(day, "steroids", "course at CRS grade " + crsGrade + ", ICANS grade " + icansGrade + (tociFailed ? " (tocilizumab failed)" : ""));
        }
        if (anakinra.enabled() && (crsGrade >= anakinra.min_crs_grade() || icansGrade >= anakinra.min_icans_grade())
                && anakinraDoses < anakinra.max_doses() && hour - lastAnakinraHour >= anakinra.min_interval_hours()) {
            anakinraDoses++;
            anakinraMg += anakinra.dose_mg();
            lastAnakinraHour = hour;
            log.add(day, "anakinra", "dose " + anakinraDoses + " at CRS grade " + crsGrade + ", ICANS grade " + icansGrade);
        }
    }
}
