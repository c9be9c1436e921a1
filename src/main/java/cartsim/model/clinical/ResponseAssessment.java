package cartsim.model.clinical;

import cartsim.model.params.ResponseCriteria;
import cartsim.model.params.ResponseParams;

/**
 * Clinical response at scheduled assessments, by the disease's criteria. Each assessment gets
 * the measurement the criteria use (marrow blast %, the Lugano size surrogate or serum
 * M-protein, in % of baseline), classifies it against the baseline and against the nadir of
 * the measurements so far, and keeps best overall response, time to response and progression.
 * Progression ends the record: later assessments do not change it.
 */
public final class ResponseAssessment {
    /** response categories, best first */
    public enum Category {
        SCR("sCR"), CR("CR"), VGPR("VGPR"), PR("PR"), SD("SD"), PD("PD");

        public final String word;

        Category(String word) {
            this.word = word;
        }

        /** PR or better */
        public boolean responds() {
            return ordinal() <= PR.ordinal();
        }
    }

    private final ResponseCriteria criteria;
    private final ResponseParams r;
    private double baseline = Double.NaN, nadir = Double.NaN;
    private boolean crSeen;
    private Category best;
    private Double responseDay, progressionDay;
    private int assessments;

    public ResponseAssessment(ResponseCriteria criteria, ResponseParams r) {
        if (criteria == ResponseCriteria.AUTO) throw new IllegalArgumentException("resolve the criteria for the disease first");
        this.criteria = criteria;
        this.r = r;
    }

    public ResponseCriteria criteria() { return criteria; }

    /** the pre-treatment measurement; it is the first nadir */
    public void baseline(double measure) {
        baseline = measure;
        nadir = measure;
    }

    /**
     * Lugano size surrogate: the sum of the products of diameters scales as tumor volume to the
     * 2/3 power (cross-sectional area), in % of baseline.
     */
    public static double spdPctBaseline(double cellsPctBaseline) {
        return 100 * Math.pow(Math.max(0, cellsPctBaseline) / 100, 2.0 / 3);
    }

    /**
     * One assessment.
     *
     * @param measure           blast % of marrow cells (bone-marrow), SPD % of baseline (lugano) or M-protein % of baseline (imwg)
     * @param cellsPctBaseline  tumor cells in % of baseline (Lugano complete metabolic response)
     * @param mrdNegative       tumor below the MRD threshold in the marrow (IMWG sCR)
     * @return the category at this visit (PD stays PD once reached)
     */
    public Category assess(double day, double measure, double cellsPctBaseline, boolean mrdNegative) {
        if (Double.isNaN(baseline)) throw new IllegalStateException("no baseline measurement");
        if (progressionDay != null) return Category.PD;
        assessments++;
        Category c = classify(measure, cellsPctBaseline, mrdNegative);
        if (c == Category.PD) {
            progressionDay = day;
        } else {
            if (c.ordinal() <= Category.CR.ordinal()) crSeen = true;
            if (c.responds() && responseDay == null) responseDay = day;
        }
        if (best == null || c.ordinal() < best.ordinal()) best = c;
        nadir = Math.min(nadir, measure);
        return c;
    }

    Category classify(double m, double cellsPct, boolean mrdNegative) {
        return switch (criteria) {
            case BONE_MARROW -> {
                boolean cr = m < r.marrow_cr_blast_pct();
                if (crSeen) yield cr ? Category.CR : Category.PD;            // relapse after CR
                if (cr) yield Category.CR;
                yield m > nadir * r.marrow_pd_above_nadir_pct() / 100 ? Category.PD : Category.SD;
            }
            case LUGANO -> {
                boolean cr = cellsPct <= r.cr_below_pct_baseline();
                if (crSeen && !cr) yield Category.PD;                          // new growth after CR
                if (m > 0 && m > nadir * r.lugano_pd_above_nadir_pct() / 100) yield Category.PD;
                if (cr) yield Category.CR;
                yield m <= baseline * r.pr_below_pct_baseline() / 100 ? Category.PR : Category.SD;
            }
            case IMWG -> {
                if (m > nadir * r.imwg_pd_above_nadir_pct() / 100 && m - nadir >= r.imwg_pd_min_rise_pct_baseline()) yield Category.PD;
                if (m <= r.imwg_cr_below_pct_baseline()) yield mrdNegative ? Category.SCR : Category.CR;
                if (m <= r.imwg_vgpr_below_pct_baseline()) yield Category.VGPR;
                yield m <= r.pr_below_pct_baseline() ? Category.PR : Category.SD;
            }
            case AUTO -> throw new IllegalStateException();
        };
    }

    /** best category of all assessments up to progression; null before the first assessment */
    public Category best() { return best; }
    /** first assessment day at PR or better (CR for bone-marrow, which has no PR); null if none */
    public Double responseDay() { return responseDay; }
    /** assessment day of progression; null if none */
    public Double progressionDay() { return progressionDay; }
    /** smallest measurement so far, baseline included */
    public double nadir() { return nadir; }
    public int assessments() { return assessments; }

    /** days from first response to progression; null without a response or without progression */
    public Double durationOfResponse() {
        return responseDay != null && progressionDay != null ? progressionDay - responseDay : null;
    }

    /** the schedule's interval: the parameter, or the criteria's own when it is 0 */
    public static double intervalDays(ResponseCriteria c, ResponseParams r) {
        if (r.assessment_interval_days() > 0) return r.assessment_interval_days();
        return switch (c) {
            case BONE_MARROW -> 63;   // day 28, month 3 (day 91), then every two months
            case LUGANO -> 61;
            default -> 30;
        };
    }
}
