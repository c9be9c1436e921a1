package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tumor-cell rules checked against hand-computed expectations. */
class TumorRulesTest {
    static Object[] noTherapy(Object... extra) {
        Object[] base = {"simulation.lattice_width", 200, "simulation.lattice_height", 200, "simulation.days", 2.0,
                "treatment.lymphodepletion.enabled", false, "product.dose_cells_per_kg", 1.0};
        return TestScenarios.join(base, extra);
    }

    static CarTModel started(Object... kv) {
        CarTModel m = new CarTModel(TestScenarios.params(noTherapy(kv)), 4);
        m.start();
        return m;
    }

    @Test
    void apoptosisFollowsItsRate() {
        // no births: N(t) = N0·exp(−d·t), d = 0.5/d over 2 days ⇒ 36.8 %
        CarTModel m = new CarTModel(TestScenarios.params(noTherapy("disease.doubling_time_h", 100000.0,
                "disease.apoptosis_rate_per_day", 0.5, "patient.initial_tumor_occupancy", 0.5)), 8);
        m.runToEnd();
        double[] n = m.series.get("tumor_cells");
        double ratio = n[n.length - 1] / n[0];
        assertEquals(Math.exp(-1.0), ratio, 0.01, "surviving share " + ratio);
    }

    @Test
    void antigenDensitiesAreLogNormalWithTheConfiguredMeanAndCv() {
        CarTModel m = started("disease.antigens.CD19.mean_molecules_per_cell", 10000.0, "disease.antigens.CD19.cv", 0.5,
                "disease.antigens.CD19.preexisting_negative_fraction", 0.0, "disease.pdl1_mean_molecules_per_cell", 3600.0,
                "disease.pdl1_cv", 0.3);
        double s = 0, s2 = 0, p = 0;
        int n = 0;
        for (int i = 0; i < m.tumor.n; i++) {
            if (m.tumor.state[i] != Tumor.LIVE) continue;
            double a = m.tumor.agBase[Antigen.CD19][i];
            s += a;
            s2 += a * a;
            p += m.tumor.pdl1[i];
            n++;
        }
        double mean = s / n, sd = Math.sqrt(s2 / n - mean * mean);
        assertEquals(10000, mean, 10000 * 0.02);
        assertEquals(0.5, sd / mean, 0.03);
        assertEquals(3600, p / n, 3600 * 0.02);
    }

    @Test
    void heritableAntigenLossAtDivisionMatchesItsProbability() {
        // every cell CD19-positive at start; 10 % of daughters lose CD19 for good
        CarTModel m = new CarTModel(TestScenarios.params(noTherapy("patient.initial_tumor_occupancy", 0.05,
                "disease.doubling_time_h", 24.0, "disease.apoptosis_rate_per_day", 0.0,
                "disease.antigens.CD19.preexisting_negative_fraction", 0.0,
                "disease.antigens.CD19.loss_per_division", 0.1)), 3);
        m.runToEnd();
        int start = (int) m.series.get("tumor_cells")[0];
        int births = m.tumor.live - start;
        int negative = 0;
        for (int i = 0; i < m.tumor.n; i++)
            if (m.tumor.state[i] == Tumor.LIVE && m.tumor.agBase[Antigen.CD19][i] == 0) negative++;
        // negatives = lost at own division + offspring of negatives: between 0.1 and 0.2 of births over 2 doublings
        assertTrue(births > 3000, "births " + births);
        double share = (double) negative / births;
        assertTrue(share > 0.09 && share < 0.2, "negative share of births " + share);
    }

    @Test
    void lineageSwitchRemovesBCellAntigensButNotBcma() {
        CarTModel m = new CarTModel(TestScenarios.params(noTherapy("patient.initial_tumor_occupancy", 0.05,
                "disease.doubling_time_h", 24.0, "disease.lineage_switch_per_division", 1.0,
                "disease.antigens.BCMA.mean_molecules_per_cell", 3000.0)), 3);
        m.runToEnd();
        int switched = 0;
        for (int i = 0; i < m.tumor.n; i++) {
            if (m.tumor.state[i] != Tumor.LIVE || !m.tumor.lineageSwitched[i]) continue;
            switched++;
            assertEquals(0f, m.tumor.agBase[Antigen.CD19][i]);
            assertEquals(0f, m.tumor.agBase[Antigen.CD22][i]);
            assertTrue(m.tumor.agBase[Antigen.BCMA][i] > 0, "BCMA kept");
        }
        assertTrue(switched > 1000, "daughters switched: " + switched);
    }

    @Test
    void downRegulatedAntigenRecoversExponentially() {
        CarTModel m = started("disease.antigens.CD19.recovery_rate_per_day", 1.0, "disease.doubling_time_h", 100000.0,
                "disease.apoptosis_rate_per_day", 0.0);
        int s = -1;
        for (int i = 0; i < m.tumor.n && s < 0; i++) if (m.tumor.state[i] == Tumor.LIVE && m.tumor.agBase[Antigen.CD19][i] > 0) s = i;
        float base = m.tumor.agBase[Antigen.CD19][s];
        m.tumor.strip(s, Antigen.CD19, 0.2f); // as after heavy trogocytosis
        while (m.day() < m.params().startDay() + 1.0 - 1e-9) m.schedule.step(m);
        double expected = base - 0.8 * base * Math.exp(-1.0);
        assertEquals(expected, m.tumor.agCur[Antigen.CD19][s], base * 0.01);
    }
}
