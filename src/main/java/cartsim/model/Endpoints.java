package cartsim.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * End-of-run endpoints, tracked every base step (not from the sampled time series, so they do not
 * depend on the output interval). Response is judged on tumor cells relative to the baseline
 * taken just before lymphodepletion (or infusion when there is none).
 */
public final class Endpoints {
    private final CarTModel m;
    private final ModelParams p;

    private double minPct = Double.POSITIVE_INFINITY, minPctDay = Double.NaN;
    private boolean crReached;
    private Double day28Pct;
    private Double relapseDay, progressionDay;
    private Boolean relapseAntigenNegative;
    private double peakCells = -1, peakDay = Double.NaN, peakBloodPerUl = -1, peakBloodDay = Double.NaN;
    private double auc028;
    private double persistenceDay = Double.NaN;
    private int crsMax, icansMax;
    private Double crsOnset, icansOnset;
    private double crsDurationDays;
    private double il6Peak, ifngPeak;
    private Boolean cartLostBy28;
    private double lastDay = Double.NaN;

    Endpoints(CarTModel m) {
        this.m = m;
        this.p = m.p;
    }

    void update(double day) {
        if (day < 0) return;
        double dtD = m.dtH / 24;
        double pct = 100.0 * m.tumor.live / Math.max(1, m.baselineTumor);
        if (pct < minPct) {
            minPct = pct;
            minPctDay = day;
        }
        if (pct <= p.crPct) crReached = true;
        if (day28Pct == null && day >= 28 - 1e-9) {
            day28Pct = pct;
            cartLostBy28 = liveCart() == 0;
        }
        if (crReached && relapseDay == null && pct >= p.relapsePct) {
            relapseDay = day;
            int[] st = m.antigenStatus();
            relapseAntigenNegative = st[2] >= p.agNegRelapseShare * Math.max(1, m.tumor.live);
            m.event("relapse", relapseAntigenNegative ? "antigen-negative" : "antigen-positive");
        }
        if (progressionDay == null && (pct >= p.pdPct || relapseDay != null)) progressionDay = day;

        int live = liveCart();
        double bloodPerUl = m.bloodPerUl(bloodCart());
        if (live > peakCells) {
            peakCells = live;
            peakDay = day;
        }
        if (bloodPerUl > peakBloodPerUl) {
            peakBloodPerUl = bloodPerUl;
            peakBloodDay = day;
        }
        if (day <= 28) auc028 += bloodPerUl * dtD;
        if (live > 0) persistenceDay = day;

        Clinical c = m.clinical;
        if (c.crsGrade > 0) {
            if (crsOnset == null) {
                crsOnset = day;
                m.event("crs_onset", "grade " + c.crsGrade);
            }
            crsDurationDays += dtD;
        }
        crsMax = Math.max(crsMax, c.crsGrade);
        if (c.icansGrade > 0 && icansOnset == null) {
            icansOnset = day;
            m.event("icans_onset", "grade " + c.icansGrade);
        }
        icansMax = Math.max(icansMax, c.icansGrade);
        il6Peak = Math.max(il6Peak, c.il6());
        ifngPeak = Math.max(ifngPeak, c.ifng());
        lastDay = day;
    }

    private int liveCart() {
        int n = 0;
        CarT t = m.cart;
        for (int i = 0; i < t.count; i++) if (t.pheno[i] != CarT.DEAD) n++;
        return n;
    }

    private int bloodCart() {
        int n = 0;
        CarT t = m.cart;
        for (int i = 0; i < t.count; i++) if (t.pheno[i] != CarT.DEAD && t.pos[i] < 0) n++;
        return n;
    }

    String classify(double pct) {
        if (pct <= p.crPct) return "CR";
        if (pct <= p.prPct) return "PR";
        if (pct >= p.pdPct) return "PD";
        return "SD";
    }

    /** best overall response: CR/PR by the nadir, PD when the nadir never fell below the PD line */
    public String bestResponse() {
        if (Double.isInfinite(minPct)) return "SD";
        return classify(minPct);
    }

    /** endpoint name → value (Double, Integer, Boolean, String or null), in a fixed order */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed", m.seed());
        out.put("scenario_name", null);
        out.put("days", p.days);
        out.put("baseline_tumor_cells", m.baselineTumor);
        out.put("patient_scale", m.scale);
        out.put("best_response", bestResponse());
        out.put("best_response_day", nan(minPctDay));
        out.put("response_day28", day28Pct == null ? null : classify(day28Pct));
        out.put("mrd_negative_day28", day28Pct == null ? null : day28Pct <= p.mrdPct);
        out.put("tumor_pct_baseline_day28", day28Pct);
        out.put("relapse_day", relapseDay);
        out.put("relapse_antigen_negative", relapseAntigenNegative);
        out.put("progression_day", progressionDay);
        // Tmax: the peak of the whole CAR-T population (blood transgene levels track it once cells
        // have distributed); the blood pool alone peaks at infusion in patients whose cells never expand
        out.put("cart_peak_day", nan(peakDay));
        out.put("cart_peak_cells", (int) Math.max(0, peakCells));
        out.put("cart_peak_blood_per_ul", Math.max(0, peakBloodPerUl));
        out.put("cart_peak_blood_day", nan(peakBloodDay));
        out.put("cart_auc_0_28", auc028);
        out.put("cart_persistence_day", nan(persistenceDay));
        out.put("crs_max_grade", crsMax);
        out.put("crs_onset_day", crsOnset);
        out.put("crs_duration_days", crsDurationDays);
        out.put("icans_max_grade", icansMax);
        out.put("icans_onset_day", icansOnset);
        out.put("il6_peak_pg_per_ml", il6Peak);
        out.put("ifng_peak_pg_per_ml", ifngPeak);
        out.put("tocilizumab_doses", m.clinical.tociDoses);
        out.put("steroids_given", m.clinical.steroidsGiven);
        out.put("kills_total", m.cart.kills);
        out.put("best_tumor_change_pct", Double.isInfinite(minPct) ? null : minPct - 100);
        out.put("cart_lost_by_day28", cartLostBy28);
        out.put("followup_day", nan(lastDay));
        return out;
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
