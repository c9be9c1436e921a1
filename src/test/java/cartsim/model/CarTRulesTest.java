package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CAR-T rules: contraction, memory, traffic, exhaustion, PD-1, proliferation, trogocytosis. */
class CarTRulesTest {

    /** CAR-T cells without any antigen to see: only their antigen-independent rules act */
    static Object[] noAntigen(Object... extra) {
        Object[] base = {"simulation.lattice_width", 60, "simulation.lattice_height", 60,
                "treatment.lymphodepletion.enabled", false, "patient.tumor_burden_cells", 1e8,
                "disease.antigens.CD19.mean_molecules_per_cell", 0.0, "product.dose_cells_per_kg", 3e6,
                "product.dose_cap_cells", 1e10,
                // no antigen anywhere: normal B cells carry none either, so they neither die nor stimulate
                "b_cells.cd19_molecules_per_cell", 0.0, "b_cells.cd22_molecules_per_cell", 0.0};
        return TestScenarios.join(base, extra);
    }

    @Test
    void unstimulatedEffectorsContractWithTheirHalfLife() {
        // all effectors, no conversion: N(t) = N0·2^(−t/4.3 d); 8.6 days ⇒ 25 %
        CarTModel m = new CarTModel(TestScenarios.params(noAntigen("simulation.days", 8.6, "product.memory_fraction", 0.0,
                "cart.effector_to_memory_per_day", 0.0)), 2);
        m.runToEnd();
        double[] t = m.series.get("cart_cells"), d = m.series.get("day");
        int i0 = 0;
        while (d[i0] <= 0) i0++; // the row at day 0 is recorded before the infusion step
        double n0 = t[i0];
        assertTrue(n0 > 2000, "infused " + n0);
        double p = Math.pow(2, -(8.6 - d[i0]) / 4.3);
        assertEquals(p, t[t.length - 1] / n0, 3.5 * Math.sqrt(p * (1 - p) / n0), "binomial survival of " + n0 + " cells");
    }

    @Test
    void effectorsBecomeMemoryWithoutAntigen() {
        CarTModel m = new CarTModel(TestScenarios.params(noAntigen("simulation.days", 5.0, "product.memory_fraction", 0.0,
                "cart.effector_to_memory_per_day", 0.2, "costim.4-1BB.memory_factor", 1.0)), 2);
        m.runToEnd();
        int[] c = m.cartCounts();
        double memShare = c[2] / (double) (c[2] + c[3]);
        // competing hazards: conversion 0.2/d vs death 0.161/d; memory barely dies ⇒ share after 5 d
        double k = 0.2, d = Math.log(2) / 4.3, t = 5;
        double eff = Math.exp(-(k + d) * t), mem = k / (k + d) * (1 - Math.exp(-(k + d) * t));
        assertEquals(mem / (mem + eff), memShare, 0.04);
    }

    @Test
    void bloodCellsInfiltrateTheTissueAtTheirRate() {
        // no egress, no death to speak of: blood share = exp(−k·t), k = 0.5/d, t = 2 d ⇒ 36.8 %
        CarTModel m = new CarTModel(TestScenarios.params(noAntigen("simulation.days", 2.0, "product.memory_fraction", 1.0,
                "cart.blood_infiltration_per_day", 0.5, "cart.tissue_egress_per_day", 0.0,
                "simulation.lattice_width", 150, "simulation.lattice_height", 150, "product.dose_cells_per_kg", 2e5)), 6);
        m.runToEnd();
        int[] c = m.cartCounts();
        assertTrue(c[0] + c[1] > 800, "cells " + (c[0] + c[1]));
        // an entry fails when the chosen site already holds a CAR-T (~5 % of sites here)
        assertEquals(Math.exp(-1.0), c[1] / (double) (c[0] + c[1]), 0.045);
    }

    @Test
    void noAntigenNoStimulationNoCytokines() {
        CarTModel m = new CarTModel(TestScenarios.params(noAntigen("simulation.days", 6.0)), 1);
        m.runToEnd();
        assertEquals(0, m.cart.engagements);
        assertEquals(0, m.cart.divisionsTotal);
        assertEquals(m.params().cytokines().ifng_baseline_pg_per_ml(), m.clinical.ifng(), 1e-9, "no IFN-γ without stimulation");
        assertEquals(m.params().cytokines().il6_baseline_pg_per_ml(), m.clinical.il6(), 1e-9);
    }

    static Object[] engaged(Object... extra) {
        return KillingTest.assay(extra);
    }

    @Test
    void exhaustionAccumulatesWithEngagementsAndPdl1AndBlockadeReducesIt() {
        Object[] common = {"cart.kill_probability_per_contact", 0.0, "cart.exhaustion_per_engagement", 0.0,
                "cart.pd1_exhaustion_per_engagement", 0.2, "disease.pdl1_mean_molecules_per_cell", 36000.0,
                "cart.exhausted_apoptosis_fraction", 0.0, "cart.exhausted_half_life_days", 1000.0,
                "cart.exhaustion_recovery_per_hour", 0.0, "simulation.days", 1.5};
        CarTModel plain = new CarTModel(TestScenarios.params(engaged(common)), 3);
        plain.runToEnd();
        Object[] withCpi = TestScenarios.join(common, "treatment.checkpoint_inhibitor.enabled", true,
                "treatment.checkpoint_inhibitor.pd1_blockade", 1.0, "treatment.checkpoint_inhibitor.start_day", -10.0);
        CarTModel blocked = new CarTModel(TestScenarios.params(engaged(withCpi)), 3);
        blocked.runToEnd();
        int exhaustedPlain = plain.cartCounts()[4];
        assertTrue(exhaustedPlain > 50, "PD-L1 engagement exhausts cells: " + exhaustedPlain);
        assertEquals(0, blocked.cartCounts()[4], "full PD-1 blockade removes PD-L1-driven exhaustion");
    }

    @Test
    void terminalExhaustionEndsInApoptosisOrTheExhaustedState() {
        CarTModel m = new CarTModel(TestScenarios.params(engaged("cart.kill_probability_per_contact", 0.0,
                "cart.exhaustion_per_engagement", 0.25, "cart.exhausted_apoptosis_fraction", 0.5,
                "cart.exhausted_half_life_days", 1000.0,
                "simulation.days", 2.0)), 3);
        m.start();
        while (m.day() < 0.01) m.schedule.step(m);
        int infused = m.cart.live();
        while (!m.finished()) m.schedule.step(m);
        int exhausted = m.cartCounts()[4], alive = m.cart.live();
        assertTrue(exhausted > 0.3 * infused, "exhausted " + exhausted + " of " + infused);
        double died = infused - alive;
        assertEquals(0.5, died / (died + exhausted), 0.1, "half die, half persist exhausted");
    }

    @Test
    void stimulationDrivesLimitedProliferation() {
        Object[] base = {"cart.max_divisions", 2, "cart.kill_probability_per_contact", 0.5, "simulation.days", 4.0,
                "cart.division_time_h", 6.0};
        CarTModel m = new CarTModel(TestScenarios.params(engaged(base)), 5);
        m.start();
        while (m.day() < 0.01) m.schedule.step(m);
        int infused = m.cart.live();
        while (!m.finished()) m.schedule.step(m);
        assertTrue(m.cart.divisionsTotal > 0);
        for (int i = 0; i < m.cart.count; i++) assertTrue(m.cart.divisions[i] <= 2, "division limit");
        assertTrue(m.cart.divisionsTotal <= 3L * infused, "at most 2^2 − 1 divisions per founder");
    }

    @Test
    void trogocytosisLowersTargetAntigen() {
        Object[] common = {"cart.kill_probability_per_contact", 0.0, "cart.exhaustion_per_engagement", 0.0,
                "cart.pd1_exhaustion_per_engagement", 0.0, "disease.antigens.CD19.recovery_rate_per_day", 0.0,
                "simulation.days", 1.0};
        double none = meanCurrentCd19(engaged(append(common, "product.trogocytosis_fraction", 0.0)));
        double strong = meanCurrentCd19(engaged(append(common, "product.trogocytosis_fraction", 0.3)));
        assertTrue(strong < 0.8 * none, "antigen " + none + " → " + strong);
    }

    static Object[] append(Object[] a, Object k, Object v) {
        return TestScenarios.join(a, k, v);
    }

    static double meanCurrentCd19(Object[] kv) {
        CarTModel m = new CarTModel(TestScenarios.params(kv), 9);
        m.runToEnd();
        double s = 0;
        int n = 0;
        for (int i = 0; i < m.tumor.n; i++)
            if (m.tumor.state[i] == Tumor.LIVE) {
                s += m.tumor.agCur[Antigen.CD19][i];
                n++;
            }
        return s / n;
    }

    @Test
    void synapsesStayConsistentWhenTargetsDieOfOtherCauses() {
        // high apoptosis, fast division and chemotherapy pulses after infusion: targets vanish mid-contact
        CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", 60, "simulation.lattice_height", 60,
                "simulation.days", 6.0, "disease.apoptosis_rate_per_day", 1.0, "disease.doubling_time_h", 12.0,
                "treatment.chemotherapy", java.util.List.of(java.util.Map.of("day", 2.0, "tumor_kill_fraction", 0.5, "cart_kill_fraction", 0.0),
                        java.util.Map.of("day", 4.0, "tumor_kill_fraction", 0.5, "cart_kill_fraction", 0.0))), 11);
        m.start();
        int checked = 0;
        while (!m.finished()) {
            m.schedule.step(m);
            int[] owners = new int[m.tumor.n];
            for (int i = 0; i < m.cart.count; i++) {
                int site = m.cart.target[i];
                if (site < 0 || m.cart.targetGen[i] != m.tumor.generation[site]) continue; // stale ends harmlessly
                assertTrue(m.tumor.state[site] == Tumor.LIVE && m.tumor.engaged[site], "own live target is flagged");
                owners[site]++;
                checked++;
            }
            for (int s = 0; s < m.tumor.n; s++) assertTrue(owners[s] <= 1, "one synapse per tumor cell");
        }
        assertTrue(checked > 300, "synapses checked: " + checked);
        assertTrue(m.cart.kills > 0);
    }
}
