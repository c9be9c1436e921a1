package cartsim.model;

import cartsim.model.clinical.ResponseAssessment;
import cartsim.model.clinical.ResponseAssessment.Category;
import cartsim.model.params.ResponseCriteria;
import cartsim.model.params.ResponseParams;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Response criteria at scheduled assessments: Lugano, IMWG and bone-marrow rules, M-protein kinetics. */
class ResponseCriteriaTest {
    static ResponseParams r() {
        return TestScenarios.params().response();
    }

    static ResponseAssessment lugano() {
        ResponseAssessment a = new ResponseAssessment(ResponseCriteria.LUGANO, r());
        a.baseline(100);
        return a;
    }

    /** Lugano PR needs a ≥ 50 % fall of the size surrogate, not of the cell count */
    @Test
    void luganoPartialResponseNeedsHalfTheSizeSurrogate() {
        // 40 % of the cells left is a 60 % fall in cells but only a 46 % fall in SPD ∝ cells^(2/3)
        double spd40 = ResponseAssessment.spdPctBaseline(40);
        assertEquals(100 * Math.pow(0.4, 2.0 / 3), spd40, 1e-9);
        assertEquals(Category.SD, lugano().assess(28, spd40, 40, false));
        double spd30 = ResponseAssessment.spdPctBaseline(30); // 45 % of the SPD
        assertEquals(Category.PR, lugano().assess(28, spd30, 30, false));
        assertEquals(Category.PR, lugano().assess(28, 50, 35.4, false), "exactly 50 % is PR");
        assertEquals(Category.SD, lugano().assess(28, 50.5, 36, false));
    }

    /** progression is measured from the nadir: a partial responder who regrows progresses while still below baseline */
    @Test
    void progressionIsMeasuredFromTheNadir() {
        ResponseAssessment a = lugano();
        assertEquals(Category.PR, a.assess(28, 30, 16, false));
        assertEquals(Category.PR, a.assess(89, 40, 25, false), "+33 % from the nadir is not yet PD");
        assertEquals(Category.PD, a.assess(150, 46, 31, false), "+53 % from the nadir of 30, though far below baseline");
        assertEquals(150.0, a.progressionDay());
        assertEquals(Category.PR, a.best());
        assertEquals(28.0, a.responseDay());
        assertEquals(122.0, a.durationOfResponse());

        ResponseAssessment m = new ResponseAssessment(ResponseCriteria.IMWG, r());
        m.baseline(100);
        assertEquals(Category.PR, m.assess(30, 40, 0, false));
        assertEquals(Category.PD, m.assess(60, 60, 0, false), "IMWG: +50 % from the nadir, +20 points");
        ResponseAssessment small = new ResponseAssessment(ResponseCriteria.IMWG, r());
        small.baseline(100);
        small.assess(30, 4, 0, false);
        assertEquals(Category.VGPR, small.assess(60, 8, 0, false), "IMWG also needs an absolute rise of 0.5 g/dL");
    }

    @Test
    void newGrowthAfterCompleteResponseIsProgression() {
        ResponseAssessment a = lugano();
        assertEquals(Category.CR, a.assess(28, ResponseAssessment.spdPctBaseline(0.5), 0.5, false));
        assertEquals(Category.PD, a.assess(89, ResponseAssessment.spdPctBaseline(3), 3, false));

        ResponseAssessment b = new ResponseAssessment(ResponseCriteria.BONE_MARROW, r());
        b.baseline(60);
        assertEquals(Category.CR, b.assess(28, 0.5, 1, true));
        assertEquals(Category.CR, b.assess(91, 3, 5, false), "blasts < 5 %: still in CR");
        assertEquals(Category.PD, b.assess(154, 7, 12, false), "blasts ≥ 5 % after CR: relapse");
        assertEquals(126.0, b.durationOfResponse());
    }

    @Test
    void imwgCategoriesFollowTheMProtein() {
        ResponseAssessment m = new ResponseAssessment(ResponseCriteria.IMWG, r());
        m.baseline(100);
        assertEquals(Category.SD, m.assess(30, 60, 0, false));
        assertEquals(Category.PR, m.assess(60, 45, 0, false));
        assertEquals(Category.VGPR, m.assess(90, 9, 0, false));
        assertEquals(Category.CR, m.assess(120, 0.4, 0, false));
        assertEquals(Category.SCR, m.assess(150, 0.3, 0, true));
        assertEquals(Category.SCR, m.best());
        assertEquals(60.0, m.responseDay());
    }

    /**
     * M-protein falls with the configured half-life once the plasma cells are gone. (Checked: had
     * M-protein tracked the cell count directly it would be 0 at the first half-life.)
     */
    @Test
    void mProteinFallsWithItsHalfLifeAfterThePlasmaCellsAreGone() {
        for (double halfLife : new double[]{21, 10}) {
            CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", 40, "simulation.lattice_height", 40,
                    "simulation.days", 2 * halfLife + 1, "disease.type", "MM", "product.dose_cells_per_kg", 1.0,
                    "treatment.lymphodepletion.enabled", false, "response.m_protein_half_life_days", halfLife,
                    "treatment.chemotherapy", java.util.List.of(java.util.Map.of("day", 0.0, "tumor_kill_fraction", 1.0, "cart_kill_fraction", 0.0))), 5);
            m.start();
            double at1 = Double.NaN;
            while (!m.finished()) {
                m.schedule.step(m);
                if (Double.isNaN(at1) && m.day() >= halfLife - 1e-9) at1 = m.endpoints.mProteinPctBaseline();
            }
            assertEquals(0, m.tumor.live, "the plasma cells are gone");
            assertEquals(50, at1, 1.0, "one half-life: half the M-protein (t½ " + halfLife + " d)");
            assertEquals(25, m.endpoints.mProteinPctBaseline() * Math.pow(2, (m.day() - 2 * halfLife) / halfLife), 0.6,
                    "two half-lives: a quarter");
            assertEquals("imwg", m.endpoints.toMap().get("response_criteria"));
        }
    }

    @Test
    void autoCriteriaFollowTheDisease() {
        assertEquals(ResponseCriteria.BONE_MARROW, ResponseCriteria.AUTO.resolve(cartsim.model.params.DiseaseType.B_ALL));
        assertEquals(ResponseCriteria.LUGANO, ResponseCriteria.AUTO.resolve(cartsim.model.params.DiseaseType.LBCL));
        assertEquals(ResponseCriteria.IMWG, ResponseCriteria.AUTO.resolve(cartsim.model.params.DiseaseType.MM));
        assertTrue(ResponseAssessment.intervalDays(ResponseCriteria.BONE_MARROW, r()) + r().first_assessment_day() == 91,
                "B-ALL: day 28 and month 3");
    }
}
