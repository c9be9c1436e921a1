package cartsim.model;

import cartsim.model.params.Parameters;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiet CAR-T cells' calendar (a cell in the blood or in idle tissue draws the step of its
 * next death, move or memory conversion instead of one draw per chance per step) must give the
 * reference's distributions. First by hand: the waiting time and the kind of the first event
 * against per-step Bernoulli trials in the reference's order. Then the whole model over many
 * seeds, with a check that the same comparison notices a 20 % shorter effector half-life.
 */
class CarTEventCalendarTest {
    static final int CELLS = 200_000;

    /**
     * The reference's step for a blood effector: death p1, then an infiltration attempt p2, then
     * memory conversion p3, each its own draw; returns the first event (0, 1, 2) and the step.
     */
    static int[] referenceFirstEvent(double p1, double p2, double p3, MersenneTwisterFast rng) {
        for (int step = 0; ; step++) {
            if (rng.nextDouble() < p1) return new int[]{QuietEvents.DEATH, step};
            if (rng.nextDouble() < p2) return new int[]{QuietEvents.MOVE, step};
            if (rng.nextDouble() < p3) return new int[]{QuietEvents.MEMORY, step};
        }
    }

    @Test
    void waitingTimeAndFirstEventMatchStepByStepTrials() {
        // large chances, so that taking the events in another order would show
        double pDieEff = 0.2, pInfiltrate = 0.3, pToMemory = 0.25;
        QuietEvents q = new QuietEvents();
        q.tables(pDieEff, 0.001, 0.05, 0, 0.04, pInfiltrate, pToMemory);
        int c = QuietEvents.state(true, CarT.EFFECTOR);
        double none = (1 - pDieEff) * (1 - pInfiltrate) * (1 - pToMemory);
        assertEquals(1 - none, q.anyEvent(c), 1e-15);

        MersenneTwisterFast a = new MersenneTwisterFast(7), b = new MersenneTwisterFast(8);
        double[] refKind = new double[3], calKind = new double[3];
        double refWait = 0, calWait = 0;
        int now = 1000;
        for (int k = 0; k < CELLS; k++) {
            int[] r = referenceFirstEvent(pDieEff, pInfiltrate, pToMemory, a);
            refKind[r[0]]++;
            refWait += r[1];
            calWait += q.draw(c, now, b) - now;
            calKind[q.which(c, b.nextDouble())]++;
        }
        // the geometric mean by hand: q/(1 − q) steps without an event; sd of the mean √q/(1 − q)/√n
        double mean = none / (1 - none), se = Math.sqrt(none) / (1 - none) / Math.sqrt(CELLS);
        assertEquals(mean, refWait / CELLS, 4.5 * se, "reference waiting time");
        assertEquals(mean, calWait / CELLS, 4.5 * se, "calendar waiting time");
        // the first event's kind: p1/(1 − q), (1 − p1)p2/(1 − q), the rest
        double[] want = {pDieEff / (1 - none), (1 - pDieEff) * pInfiltrate / (1 - none), 0};
        want[2] = 1 - want[0] - want[1];
        for (int e = 0; e < 3; e++) {
            double sd = Math.sqrt(want[e] * (1 - want[e]) / CELLS);
            assertEquals(want[e], refKind[e] / CELLS, 4.5 * sd, "reference, event " + e);
            assertEquals(want[e], calKind[e] / CELLS, 4.5 * sd, "calendar, event " + e);
        }
    }

    @Test
    void impossibleEventsAreNeverDrawnAndACellWithoutChancesNeverActs() {
        QuietEvents q = new QuietEvents();
        q.tables(0.01, 0, 0.05, 0, 0.04, 0.03, 0.02);
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        int exhaustedInTissue = QuietEvents.state(false, CarT.EXHAUSTED); // death only
        for (int k = 0; k < 100_000; k++) assertEquals(QuietEvents.DEATH, q.which(exhaustedInTissue, rng.nextDouble()));
        int memoryInTissue = QuietEvents.state(false, CarT.MEMORY);
        for (int k = 0; k < 100_000; k++) assertTrue(q.which(memoryInTissue, rng.nextDouble()) != QuietEvents.MEMORY);

        q.tables(0, 0, 0, 0, 0, 0, 0); // nothing can happen: the calendar names no step
        assertEquals(Integer.MAX_VALUE, q.draw(QuietEvents.state(true, CarT.MEMORY), 5, rng));
    }

    static final int SEEDS = 40;

    static Parameters scenario(boolean calendar, double effectorHalfLifeDays) {
        return TestScenarios.params("simulation.lattice_width", 50, "simulation.lattice_height", 50,
                "simulation.days", 24.0, "simulation.cart_event_calendar", calendar,
                "cart.effector_half_life_days", effectorHalfLifeDays);
    }

    /** per seed [peak CAR-T, live CAR-T at the end, memory CAR-T at the end, blood share over the last 6 days] */
    static double[][] arm(boolean calendar, double effectorHalfLifeDays) {
        double[][] out = new double[4][SEEDS];
        // each seed writes only its own slots, so the parallel loop gives the same arrays as a serial one
        IntStream.range(0, SEEDS).parallel().forEach(k -> {
            CarTModel m = new CarTModel(scenario(calendar, effectorHalfLifeDays), 3000 + k);
            m.runToEnd();
            int[] c = m.cartCounts();
            out[0][k] = java.util.Arrays.stream(m.series.get("cart_cells")).max().orElse(0);
            out[1][k] = c[0] + c[1];
            out[2][k] = c[2];
            out[3][k] = IdleTissueShortcutTest.meanBloodShare(m);
        });
        return out;
    }

    @Test
    void wholeModelKeepsItsDistributionsAndTheComparisonHasPower() {
        double halfLife = TestScenarios.params().cart().effector_half_life_days();
        double[][] on = arm(true, halfLife), off = arm(false, halfLife), biased = arm(false, halfLife * 0.8);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        String[] what = {"peak CAR-T", "live CAR-T", "memory CAR-T", "blood share"};
        for (int o = 0; o < what.length; o++) {
            double p = ks.kolmogorovSmirnovTest(on[o], off[o]);
            double z = TumorEventCalendarTest.welchZ(on[o], off[o]);
            System.out.printf("CarTEventCalendarTest %s: calendar %.4g, reference %.4g (KS p %.3f, Welch z %.2f)%n",
                    what[o], TumorEventCalendarTest.mean(on[o]), TumorEventCalendarTest.mean(off[o]), p, z);
            assertTrue(p > 0.001, what[o] + ": KS p = " + p);
            assertTrue(Math.abs(z) < 3.3, what[o] + ": Welch z = " + z);
        }
        double zBiased = TumorEventCalendarTest.welchZ(biased[1], off[1]);
        System.out.printf("CarTEventCalendarTest power: effector half-life × 0.8 gives z %.1f%n", zBiased);
        assertTrue(Math.abs(zBiased) > 3.3, "a 20 % change of effector half-life went unnoticed: z = " + zBiased);
    }

    /**
     * A quiet cell skips its eventless steps and is owed their granule refill, applied when the
     * store is next read. Emptied stores of cells kept in the blood (no infiltration, no division)
     * must read as the refill computed by hand, step by step in float as the reference does, with
     * the calendar as with the reference. This also guards the spell clock's storage, which shares
     * the synapse array and must follow it when the arrays grow at infusion.
     */
    @Test
    void quietCellsReadTheGranulesTheyRefilledWhileSkipped() {
        double capacity = 100, refillHours = 2, stepHours = 0.1;
        for (boolean calendar : new boolean[]{true, false}) {
            CarTModel m = new CarTModel(TestScenarios.params(KillingTest.assay(
                    "cart.blood_infiltration_per_day", 0.0, "cart.homeostatic_division_per_day", 0.0,
                    "cart.granule_capacity", capacity, "cart.granule_refill_hours", refillHours,
                    "simulation.step_minutes", stepHours * 60, "simulation.cart_event_calendar", calendar)), 5);
            m.start();
            while (m.day() < 0.01) m.schedule.step(m);
            for (int i = 0; i < m.cart.count; i++) m.cart.setGranules(i, 0f);
            float g = 0;
            for (int k = 1; k <= 300; k++) {
                m.schedule.step(m);
                g = (float) Math.min(capacity, g + stepHours / refillHours);
                if (k % 60 != 0) continue;
                assertTrue(m.cart.live() > 100, "cells to look at: " + m.cart.live());
                for (int i = 0; i < m.cart.count; i++)
                    if (m.cart.pheno[i] != CarT.DEAD)
                        assertEquals(g, m.cart.granules(i), 0f, "cell " + i + " after " + k + " steps, calendar " + calendar);
            }
        }
    }
}
