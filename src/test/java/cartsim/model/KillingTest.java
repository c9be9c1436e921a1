package cartsim.model;

import cartsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contact, kill and antigen rules of the CAR-T cells. */
class KillingTest {

    /** dense tumor, plenty of CAR-T, no growth, no exhaustion: a clean killing assay */
    static Object[] assay(Object... extra) {
        Object[] base = {
                "simulation.lattice_width", 60, "simulation.lattice_height", 60, "simulation.days", 2.0,
                "patient.initial_tumor_occupancy", 0.9, "patient.tumor_burden_cells", 1e9,
                "disease.doubling_time_h", 1e5, "disease.apoptosis_rate_per_day", 0.0,
                "treatment.lymphodepletion.enabled", false, "treatment.steroids.enabled", false,
                "product.dose_cells_per_kg", 3e6, "product.dose_cap_cells", 1e10, "product.cd4_fraction", 0.0, "product.trogocytosis_fraction", 0.0,
                "cart.exhaustion_per_engagement", 0.0, "cart.pd1_exhaustion_per_engagement", 0.0,
                "cart.max_divisions", 0, "cart.blood_infiltration_per_day", 50.0, "cart.tissue_egress_per_day", 0.0,
                "cart.activated_egress_per_day", 0.0, "simulation.min_cart_agents", 0};
        return TestScenarios.join(base, extra);
    }

    @Test
    void fixedKillProbabilityGivesTheBinomialMean() {
        double pk = 0.3;
        CarTModel m = new CarTModel(TestScenarios.params(assay(
                "cart.kill_probability_per_contact", pk, "cart.granule_capacity", 100.0, "cart.granule_refill_hours", 0.05)), 7);
        m.runToEnd();
        long n = m.cart.contacts, k = m.cart.kills;
        assertTrue(n > 2000, "enough contacts: " + n);
        double sd = Math.sqrt(n * pk * (1 - pk));
        assertEquals(n * pk, k, 4 * sd, "kills " + k + " of " + n + " contacts");
    }

    @Test
    void weightedAgentsKillTheirShareOfATarget() {
        // 2000 agents for a dose of ~390 tile cells: each hit removes its target with probability w
        double pk = 0.3;
        CarTModel m = new CarTModel(TestScenarios.params(assay(
                "cart.kill_probability_per_contact", pk, "cart.granule_capacity", 100.0, "cart.granule_refill_hours", 0.05,
                "simulation.min_cart_agents", 2000)), 7);
        m.runToEnd();
        double w = m.cart.weight;
        assertTrue(w < 0.5, "the sample is weighted: w = " + w);
        assertEquals(2000, m.cartAgentsInfused);
        long n = m.cart.contacts, k = m.cart.kills;
        double p = pk * w, sd = Math.sqrt(n * p * (1 - p));
        assertTrue(n > 2000, "enough contacts: " + n);
        assertEquals(n * p, k, 4 * sd, "kills " + k + " of " + n + " contacts at weight " + w);
    }

    @Test
    void emptyGranuleStoreCannotKill() {
        CarTModel m = new CarTModel(TestScenarios.params(assay(
                "cart.kill_probability_per_contact", 1.0, "cart.granule_capacity", 1.0, "cart.granule_refill_hours", 1000.0)), 3);
        m.start();
        while (m.day() < 0.01) m.schedule.step(m);
        for (int i = 0; i < m.cart.count; i++) m.cart.setGranules(i, 0f); // empty every store after infusion
        while (!m.finished()) m.schedule.step(m);
        assertTrue(m.cart.contacts > 100, "contacts happen: " + m.cart.contacts);
        assertEquals(0, m.cart.kills, "no granules, no kill");
        assertEquals(m.cart.contacts, m.cart.failedContacts);
    }

    @Test
    void serialKillingIsLimitedByGranuleRefill() {
        // capacity 2, refill 12 h/kill, 2 days ⇒ at most 2 + 48/12 = 6 kills per cell
        CarTModel m = new CarTModel(TestScenarios.params(assay(
                "cart.kill_probability_per_contact", 1.0, "cart.granule_capacity", 2.0, "cart.granule_refill_hours", 12.0)), 9);
        m.runToEnd();
        int cells = m.cart.live();
        assertTrue(m.cart.kills <= 6L * cells, "kills " + m.cart.kills + " for " + cells + " cells");
        assertTrue(m.cart.kills > 2L * cells, "serial killing happens: " + m.cart.kills);
    }

    /** records the targeted antigen of every killed cell */
    static final class Recording extends CarTModel {
        final List<Float> killedAntigen = new ArrayList<>();

        Recording(Parameters p, long seed) {
            super(p, seed);
        }

        @Override
        void onTumorKilled(int site) {
            killedAntigen.add(tumor.agBase[Antigen.CD19][site]);
            super.onTumorKilled(site);
        }
    }

    @Test
    void antigenNegativeCellsAreNeverKilledAndTheirShareRises() {
        Recording m = new Recording(TestScenarios.params(assay(
                "disease.antigens.CD19.preexisting_negative_fraction", 0.2,
                "cart.kill_probability_per_contact", 0.8, "simulation.days", 4.0)), 5);
        m.runToEnd();
        assertTrue(m.killedAntigen.size() > 500, "kills: " + m.killedAntigen.size());
        for (float a : m.killedAntigen) assertTrue(a > 0, "a CD19-negative cell was killed");
        double[] neg = m.series.get("tumor_antigen_negative"), all = m.series.get("tumor_cells");
        double first = neg[0] / all[0], last = neg[neg.length - 1] / all[all.length - 1];
        assertEquals(0.2, first, 0.03);
        assertTrue(last > first + 0.1, "negative share rises under therapy: " + first + " → " + last);
    }

    @Test
    void dualTargetOrCarKillsSingleAntigenLossCells() {
        // every cell has lost CD19; a CD19-only CAR cannot kill, a CD19 OR CD22 CAR can
        Object[] lost = assay("disease.antigens.CD19.preexisting_negative_fraction", 1.0,
                "disease.antigens.CD22.preexisting_negative_fraction", 0.0,
                "disease.antigens.CD22.mean_molecules_per_cell", 20000.0, "cart.kill_probability_per_contact", 0.8);
        CarTModel single = new CarTModel(TestScenarios.params(lost), 2);
        single.runToEnd();
        assertEquals(0, single.cart.kills);
        Object[] dual = TestScenarios.join(lost, "product.targets", List.of("CD19", "CD22"), "product.logic", "OR");
        CarTModel or = new CarTModel(TestScenarios.params(dual), 2);
        or.runToEnd();
        assertTrue(or.cart.kills > 100, "OR-gated CAR kills CD19-negative CD22-positive cells: " + or.cart.kills);
    }

    @Test
    void recognitionFollowsTheHillFunctionOfAntigenDensity() {
        CarTModel m = new CarTModel(TestScenarios.params(assay()), 1);
        m.start();
        int s = 0;
        float thr = (float) m.params().costimEffects().antigen_threshold_molecules();
        m.tumor.agCur[Antigen.CD19][s] = thr;
        assertEquals(0.5, m.cart.signal(m.tumor, s), 1e-9, "half signal at the threshold");
        m.tumor.agCur[Antigen.CD19][s] = 3 * thr;
        assertEquals(0.9, m.cart.signal(m.tumor, s), 1e-6, "n=2: 9/(1+9)");
        m.tumor.agCur[Antigen.CD19][s] = 0;
        assertEquals(0, m.cart.signal(m.tumor, s), 0);
    }
}
