package cartsim.experiment;

import cartsim.model.Endpoint;

import java.util.List;

/**
 * The grading scales a trial reported, so its CRS and neurotoxicity rates are compared like with
 * like. The model grades by ASTCT; it also keeps the maxima by the other scales from the same
 * signs (see {@code cartsim.model.clinical.GradingScales}).
 *
 * @param crs          astct, penn or lee2014
 * @param neurotoxicity astct or ctcae
 */
public record TrialGrading(String crs, String neurotoxicity) {
    public static final List<String> CRS_SCALES = List.of("astct", "penn", "lee2014");
    public static final List<String> NEURO_SCALES = List.of("astct", "ctcae");
    public static final List<String> KEYS = List.of("crs", "neurotoxicity");
    public static final TrialGrading ASTCT = new TrialGrading("astct", "astct");

    /** the summary key holding each patient's maximum CRS grade on this scale */
    public Endpoint crsMaxGrade() {
        return switch (crs) {
            case "penn" -> Endpoint.CRS_MAX_GRADE_PENN;
            case "lee2014" -> Endpoint.CRS_MAX_GRADE_LEE2014;
            default -> Endpoint.CRS_MAX_GRADE;
        };
    }

    public Endpoint neuroMaxGrade() {
        return neurotoxicity.equals("ctcae") ? Endpoint.ICANS_MAX_GRADE_CTCAE : Endpoint.ICANS_MAX_GRADE;
    }

    /** how the report names the scales */
    public String describe() {
        String c = switch (crs) {
            case "penn" -> "CRS by the Penn scale (Porter 2018)";
            case "lee2014" -> "CRS by Lee 2014";
            default -> "CRS by ASTCT (Lee 2019)";
        };
        return c + ", neurotoxicity by " + (neurotoxicity.equals("ctcae") ? "CTCAE v4 neurologic events" : "ASTCT ICANS (ICE score)");
    }
}
