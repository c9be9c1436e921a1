package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serum kinetics, CRS and ICANS grading, tocilizumab and steroid rules, by hand. */
class ClinicalTest {
    static CarTModel model(Object... kv) {
        Object[] base = {"simulation.lattice_width", 20, "simulation.lattice_height", 20};
        Object[] all = new Object[base.length + kv.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(kv, 0, all, base.length, kv.length);
        CarTModel m = new CarTModel(TestScenarios.params(all), 1);
        m.start();
        return m;
    }

    static double plasmaMl(CarTModel m) {
        return m.params().patient().weight_kg() * m.params().patient().blood_volume_ml_per_kg() * (1 - m.params().patient().hematocrit());
    }

    @Test
    void serumIl6IsClearedWithItsHalfLife() {
        CarTModel m = model("treatment.tocilizumab.enabled", false, "treatment.steroids.enabled", false);
        Clinical c = m.clinical;
        c.step(1000 * plasmaMl(m), 0, 0, m.events, m.day()); // a bolus of 1000 pg/mL above baseline
        double start = c.il6() - m.params().cytokines().il6_baseline_pg_per_ml();
        int steps = (int) Math.round(Math.log(2) / m.params().cytokines().il6_serum_clearance_per_hour() / m.dtH); // one half-life
        for (int k = 0; k < steps; k++) c.step(0, 0, k * m.dtH, m.events, m.day());
        assertEquals(start / 2, c.il6() - m.params().cytokines().il6_baseline_pg_per_ml(), start * 0.02);
    }

    /** holds serum IL-6 at a level (pg/mL) for a few steps and returns the CRS grade */
    static int gradeAt(CarTModel m, double il6) {
        Clinical c = m.clinical;
        c.il6Pg = (il6 - m.params().cytokines().il6_baseline_pg_per_ml()) * plasmaMl(m);
        c.ifngPg = 0;
        double clear = m.params().cytokines().il6_serum_clearance_per_hour() * (1 - 0.5 * c.tociBlockade());
        c.step(c.il6Pg * (1 - Math.exp(-clear * m.dtH)), 0, 0, m.events, m.day()); // input balances clearance
        return c.crsGrade;
    }

    @Test
    void crsGradeFollowsTheAstctSigns() {
        CarTModel m = model("treatment.tocilizumab.enabled", false, "treatment.steroids.enabled", false,
                "crs.ifng_weight", 0.0);
        // index = IL-6 (+ IFN-γ baseline × 0); thresholds 40 / 400 / 900 / 2500 pg/mL
        assertEquals(0, gradeAt(m, 20));
        assertEquals(1, gradeAt(m, 100));
        assertEquals(2, gradeAt(m, 500));
        assertEquals(3, gradeAt(m, 1200));
        assertEquals(4, gradeAt(m, 5000));
        assertTrue(m.clinical.feverC > 38.5, "febrile at grade 4: " + m.clinical.feverC);
    }

    /** runs 72 h of constant IL-6 production (pg per step) and returns the clinical state */
    static Clinical constantProduction(boolean toci, double perStep) {
        CarTModel m = model("treatment.steroids.enabled", false, "crs.ifng_weight", 0.0, "treatment.tocilizumab.enabled", toci);
        Clinical c = m.clinical;
        int[] doseSteps = new int[10];
        int doses = 0;
        for (int k = 0; k < (int) (72 / m.dtH); k++) {
            c.step(perStep, 0, k * m.dtH, m.events, m.day());
            if (c.tociDoses > doses) doseSteps[doses++] = k;
        }
        for (int d = 1; d < doses; d++)
            assertTrue((doseSteps[d] - doseSteps[d - 1]) * m.dtH >= 8 - 1e-9, "doses ≥ 8 h apart");
        return c;
    }

    @Test
    void tocilizumabRuleGivesAtMostFourDosesEightHoursApartAndBlocksSignalling() {
        CarTModel ref = model();
        // production holding serum IL-6 near 3000 pg/mL without treatment: P = C·V·(1 − e^(−kΔt))
        double perStep = 3000 * plasmaMl(ref) * (1 - Math.exp(-ref.params().cytokines().il6_serum_clearance_per_hour() * ref.dtH));
        Clinical none = constantProduction(false, perStep), toci = constantProduction(true, perStep);
        assertEquals(4, none.crsGrade, "untreated: grade 4 at ~3000 pg/mL");
        assertTrue(toci.tociDoses >= 1 && toci.tociDoses <= 4, "doses: " + toci.tociDoses);
        Clinical storm = constantProduction(true, perStep * 100); // grade stays ≥ 2 despite blockade
        assertEquals(4, storm.tociDoses, "never more than 4 doses");
        assertTrue(toci.tociBlockade() > 0.9, "IL-6 signalling blocked: " + toci.tociBlockade());
        assertTrue(toci.crsGrade < none.crsGrade, "blockade lowers the grade: " + toci.crsGrade);
        assertTrue(toci.il6() > none.il6() * 1.3, "serum IL-6 rises under tocilizumab (less receptor clearance): "
                + none.il6() + " → " + toci.il6());
    }

    @Test
    void steroidsStartAtSevereCrsOrIcansAndDampCytokineProduction() {
        CarTModel m = model("treatment.tocilizumab.enabled", false);
        Clinical c = m.clinical;
        assertEquals(1.0, m.currentModifiers().cytokineProduction());
        c.il6Pg = 4000 * plasmaMl(m);
        c.step(0, 0, 0, m.events, m.day());
        assertTrue(c.steroidsGiven && c.steroidsActive(0), "grade ≥3 starts steroids");
        assertEquals(m.params().treatment().steroids().cytokine_factor(), m.currentModifiers().cytokineProduction(), 1e-12);
        assertTrue(!c.steroidsActive(m.params().treatment().steroids().course_days() * 24 + 1), "the course ends");
    }

    @Test
    void icansLagsTheSerumDriveWithItsTimeConstant() {
        CarTModel m = model("treatment.tocilizumab.enabled", false, "treatment.steroids.enabled", false,
                "crs.ifng_weight", 0.0, "icans.ifng_weight", 0.0, "icans.il6_weight", 1.0, "cytokines.il6_baseline_pg_per_ml", 0.0);
        Clinical c = m.clinical;
        double level = 3000;
        double clear = m.params().cytokines().il6_serum_clearance_per_hour();
        c.il6Pg = level * plasmaMl(m);
        int steps = (int) Math.round(m.params().icans().cns_delay_hours() / m.dtH); // one time constant
        for (int k = 0; k < steps; k++) c.step(c.il6Pg * (1 - Math.exp(-clear * m.dtH)), 0, k * m.dtH, m.events, m.day());
        assertEquals(level * (1 - Math.exp(-1)), c.cns, level * 0.02);
    }
}
