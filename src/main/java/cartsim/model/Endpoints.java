package cartsim.model;

import cartsim.model.clinical.ResponseAssessment;
import cartsim.model.params.Parameters;
import cartsim.model.params.ResponseCriteria;
import cartsim.model.params.ResponseParams;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * End-of-run endpoints, tracked every base step (not from the sampled time series, so they do not
 * depend on the output interval). Response is judged on tumor cells relative to the baseline
 * taken just before lymphodepletion (or infusion when there is none).
 */
public final class Endpoints {
    final CarTModel m;
    ResponseParams r;
    double days;

    double minPct = Double.POSITIVE_INFINITY, minPctDay = Double.NaN;
    boolean crReached;
    Double day28Pct;
    Boolean mrdDay28;
    Double relapseDay, progressionDay;
    Boolean relapseAntigenNegative;
    double peakCells = -1, peakDay = Double.NaN, peakBloodPerUl = -1, peakBloodDay = Double.NaN;
    double auc028;
    double persistenceDay = Double.NaN;
    int crsMax, icansMax, crsMaxPenn, crsMaxLee2014, icansMaxCtcae;
    Double crsOnset, icansOnset;
    /** day the grade last returned to 0 (null while a CRS/ICANS episode is going on) */
    Double crsOff, icansOff;
    /** serum M-protein in tumor-cell equivalents: made by the plasma (tumor) cells, cleared with the IgG half-life */
    double mProtein = Double.NaN, mProteinBase = Double.NaN;
    final ResponseAssessment assessment;
    double nextAssessment;
    int sites;
    double il6Peak, ifngPeak;
    Boolean cartLostBy28;
    double lastDay = Double.NaN;
    Boolean bAplasia28;
    double bAplasiaDays;
    boolean bAplastic;
    Double bRecoveryDay;
    Double sbcmaBaseline, sbcmaDay28;
    double il15Peak;
    private cartsim.model.params.BCellParams b;

    Endpoints(CarTModel m) {
        this.m = m;
        swap(m.params());
        ResponseCriteria c = r.criteria().resolve(m.params().disease().type());
        assessment = new ResponseAssessment(c, r);
        nextAssessment = r.first_assessment_day();
        sites = m.width * m.height;
        mProtein = m.tumor.live;   // steady state before treatment
    }

    void swap(Parameters params) {
        r = params.response();
        days = params.simulation().days();
        b = params.b_cells();
    }

    void update(double day) {
        il15Peak = Math.max(il15Peak, m.il15PgPerMl()); // peaks at the end of lymphodepletion, before infusion
        double dtD = m.dtH / 24;
        double tumorCells = m.tumorTileCells(); // the tile and the counted subclones (clones make M-protein too)
        mProtein += (tumorCells - mProtein) * (1 - Math.exp(-Math.log(2) / r.m_protein_half_life_days() * dtD));
        if (Double.isNaN(mProteinBase) && m.baselineTumor > 0) {
            mProteinBase = Math.max(1e-9, mProtein);
            assessment.baseline(measure(100));
        }
        if (day < 0) return;
        double pct = 100.0 * tumorCells / Math.max(1, m.baselineTumor);
        if (day >= nextAssessment - 1e-9) {
            assessment.assess(nextAssessment, measure(pct), pct, mrdNegative());
            nextAssessment += ResponseAssessment.intervalDays(assessment.criteria(), r);
        }
        if (pct < minPct) {
            minPct = pct;
            minPctDay = day;
        }
        if (pct <= r.cr_below_pct_baseline()) crReached = true;
        if (day28Pct == null && day >= 28 - 1e-9) {
            day28Pct = pct;
            mrdDay28 = mrdNegative();
            cartLostBy28 = liveCart() == 0;
        }
        if (crReached && relapseDay == null && pct >= r.relapse_above_pct_baseline()) {
            relapseDay = day;
            int[] st = m.antigenStatus();
            double clones = tumorCells - m.tumor.live; // counted subclones are escape variants: antigen-negative
            relapseAntigenNegative = st[2] + clones >= r.antigen_negative_relapse_share() * Math.max(1, tumorCells);
            m.events.add(day, "relapse", relapseAntigenNegative ? "antigen-negative" : "antigen-positive");
        }
        if (progressionDay == null && (pct >= r.pd_above_pct_baseline() || relapseDay != null)) progressionDay = day;

        int liveAgents = liveCart();
        double live = liveAgents * m.cart.weight; // tile cells
        double bloodPerUl = m.bloodPerUl(bloodCart());
        if (live > peakCells) {
            peakCells = live;
            peakDay = day;
        }
        // Cmax/Tmax as the label reads them: the in-vivo expansion peak from the first PK sample
        // to day 28, not the infused bolus of the first hours
        if (day >= r.pk_first_day() && day <= 28 && bloodPerUl > peakBloodPerUl) {
            peakBloodPerUl = bloodPerUl;
            peakBloodDay = day;
        }
        if (day <= 28) auc028 += bloodPerUl * dtD;
        if (liveAgents > 0) persistenceDay = day;

        Clinical c = m.clinical;
        if (c.crsGrade > 0) {
            if (crsOnset == null) {
                crsOnset = day;
                m.events.add(day, "crs_onset", "grade " + c.crsGrade);
            }
            crsOff = null;
        } else if (crsOnset != null && crsOff == null) {
            crsOff = day;
        }
        crsMax = Math.max(crsMax, c.crsGrade);
        crsMaxPenn = Math.max(crsMaxPenn, c.crsPenn);
        crsMaxLee2014 = Math.max(crsMaxLee2014, c.crsLee2014);
        if (c.icansGrade > 0) {
            if (icansOnset == null) {
                icansOnset = day;
                m.events.add(day, "icans_onset", "grade " + c.icansGrade);
            }
            icansOff = null;
        } else if (icansOnset != null && icansOff == null) {
            icansOff = day;
        }
        icansMax = Math.max(icansMax, c.icansGrade);
        icansMaxCtcae = Math.max(icansMaxCtcae, c.neuroCtcae);
        il6Peak = Math.max(il6Peak, c.il6());
        ifngPeak = Math.max(ifngPeak, c.ifng());
        lastDay = day;
        trackBCells(day, dtD);
        if (sbcmaBaseline == null) sbcmaBaseline = m.sbcmaNgPerMl();
        if (sbcmaDay28 == null && day >= 28 - 1e-9) sbcmaDay28 = m.sbcmaNgPerMl();
    }

    /** B-cell aplasia at day 28, its duration after infusion, and the first recovery after it */
    private void trackBCells(double day, double dtD) {
        double perUl = m.bCellsPerUl();
        if (bAplasia28 == null && day >= 28 - 1e-9) bAplasia28 = perUl < b.aplasia_below_per_ul();
        if (bRecoveryDay != null) return;
        if (perUl < b.aplasia_below_per_ul()) {
            bAplastic = true;
            bAplasiaDays += dtD;
        } else if (bAplastic && perUl >= b.recovery_above_per_ul()) {
            bRecoveryDay = day;
        }
    }

    /** the measurement the criteria read, at tumor cells {@code pct} % of baseline */
    double measure(double pct) {
        return switch (assessment.criteria()) {
            case BONE_MARROW -> pct * Math.max(1, m.baselineTumor) / sites;
            case LUGANO -> ResponseAssessment.spdPctBaseline(pct);
            default -> 100 * mProtein / mProteinBase;
        };
    }

    /** tumor cells below the MRD threshold among the marrow (lattice) cells */
    boolean mrdNegative() {
        return 100.0 * m.tumorTileCells() / sites < r.mrd_negative_pct_of_marrow();
    }

    /** onset to resolution (or to the end of follow-up while still going on); 0 without CRS */
    double crsDurationDays() {
        if (crsOnset == null) return 0;
        return (crsOff != null ? crsOff : lastDay) - crsOnset;
    }

    /** M-protein now, % of baseline (null before the baseline) */
    public Double mProteinPctBaseline() {
        return Double.isNaN(mProteinBase) ? null : 100 * mProtein / mProteinBase;
    }

    public ResponseAssessment assessment() {
        return assessment;
    }

    int liveCart() {
        int n = 0;
        CarT t = m.cart;
        for (int i = 0; i < t.count; i++) if (t.pheno[i] != CarT.DEAD) n++;
        return n;
    }

    int bloodCart() {
        int n = 0;
        CarT t = m.cart;
        for (int i = 0; i < t.count; i++) if (t.pheno[i] != CarT.DEAD && t.pos[i] < 0) n++;
        return n;
    }

    String classify(double pct) {
        if (pct <= r.cr_below_pct_baseline()) return "CR";
        if (pct <= r.pr_below_pct_baseline()) return "PR";
        if (pct >= r.pd_above_pct_baseline()) return "PD";
        return "SD";
    }

    /** best overall response: CR/PR by the nadir, PD when the nadir never fell below the PD line */
    public String bestResponse() {
        if (Double.isInfinite(minPct)) return "SD";
        return classify(minPct);
    }

    /** endpoint name → value (Double, Integer, Boolean, String or null), in {@link Endpoint} order */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Endpoint e : Endpoint.values()) out.put(e.key(), e.of(this));
        return out;
    }
}
