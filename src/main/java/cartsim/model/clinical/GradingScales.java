package cartsim.model.clinical;

/**
 * The CRS and neurotoxicity grading scales, as functions of the clinical signs the model keeps.
 * ASTCT (Lee 2019) is the model's own; Penn (Porter 2018), Lee 2014 and CTCAE v4 are the scales
 * the calibration trials reported, so trial reports can compare like with like. Signs:
 * hypotension 0 none, 1 needs fluids, 2 one vasopressor, 3 several; hypoxia 0 none, 1 low-flow
 * oxygen, 2 high-flow, 3 positive-pressure ventilation.
 */
public final class GradingScales {
    private GradingScales() {}

    /**
     * ASTCT consensus (Lee 2019, S69/S70): fever ≥ 38 °C is needed, except once tocilizumab or
     * steroids have been given; then the worse of hypotension and hypoxia sets grades 2–4.
     */
    public static int astctCrs(boolean fever, boolean feverWaived, int hypotension, int hypoxia) {
        if (!fever && !feverWaived) return 0;
        int organ = Math.max(hypotension, hypoxia);
        if (organ == 0) return fever ? 1 : 0;
        return 1 + organ;
    }

    /**
     * Lee 2014 (Blood 124:188): grade 1 symptoms only (fever); grade 2 oxygen < 40% FiO₂ (low-flow)
     * or hypotension responsive to fluids or one low-dose vasopressor; grade 3 oxygen ≥ 40% FiO₂
     * (high-flow) or high-dose / several vasopressors; grade 4 ventilator support. Fever is not
     * required for grades 2–4.
     */
    public static int lee2014Crs(boolean fever, int hypotension, int hypoxia) {
        int h = switch (hypotension) { case 0 -> 0; case 1, 2 -> 2; default -> 3; };
        int o = switch (hypoxia) { case 0 -> 0; case 1 -> 2; case 2 -> 3; default -> 4; };
        return Math.max(Math.max(h, o), fever ? 1 : 0);
    }

    /**
     * Penn (Porter 2018, J Hematol Oncol 11:35): grade 1 supportive care only; grade 2 IV therapy or
     * admission (here: fever lasting {@code feverHoursForGrade2}); grade 3 hypotension treated with
     * fluids or one low-dose vasopressor, or any supplemental oxygen; grade 4 high-dose or several
     * vasopressors, or mechanical ventilation.
     */
    public static int pennCrs(boolean fever, boolean longFever, int hypotension, int hypoxia) {
        int h = switch (hypotension) { case 0 -> 0; case 1, 2 -> 3; default -> 4; };
        int o = switch (hypoxia) { case 0 -> 0; case 1, 2 -> 3; default -> 4; };
        int organ = Math.max(h, o);
        if (organ > 0) return organ;
        return longFever ? 2 : fever ? 1 : 0;
    }

    /** ASTCT ICANS by the ICE score (Lee 2019): 7–9 grade 1, 3–6 grade 2, 0–2 grade 3, unarousable grade 4 */
    public static int astctIcans(int ice, boolean unarousable) {
        if (unarousable) return 4;
        return ice >= 10 ? 0 : ice >= 7 ? 1 : ice >= 3 ? 2 : 3;
    }

    /**
     * CTCAE v4 neurologic events (encephalopathy, confusion, aphasia): grade 1 mild symptoms the ICE
     * score misses (tremor, dysgraphia, headache); grade 2 moderate, limiting instrumental ADL
     * (ICE 7–9); grade 3 severe, limiting self-care (ICE ≤ 6); grade 4 life-threatening
     * (unarousable). CTCAE counts far more neurotoxicity than ASTCT ICANS: 45 % vs 17 % of the same JULIET patients (Maziarz 2020, Blood Adv 4:1440).
     */
    public static int ctcaeNeuro(int ice, boolean unarousable, boolean mildSymptoms) {
        if (unarousable) return 4;
        if (ice <= 6) return 3;
        if (ice <= 9) return 2;
        return mildSymptoms ? 1 : 0;
    }
}
