package cartsim.model;

import cartsim.model.params.Parameters;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tumor's event calendar (each cell draws the step of its next division or death) must leave
 * the distribution of the tumor's course unchanged against the step-by-step reference (one draw
 * per cell per step). Two comparisons over many seeds, each with a power check: a crowded tile
 * where contact inhibition blocks divisions (so the order in which cells act matters), and the
 * whole model with lymphodepletion, CAR-T kills and trogocytosis (so deaths from outside, antigen
 * recovery and the treatment pulses meet the calendar).
 */
class TumorEventCalendarTest {
    static final int SEEDS = 200;

    static Parameters crowded(boolean calendar, double doublingH) {
        return TestScenarios.params(
                "simulation.lattice_width", 40, "simulation.lattice_height", 40, "simulation.days", 4.0,
                "patient.initial_tumor_occupancy", 0.3,
                "disease.doubling_time_h", doublingH, "disease.apoptosis_rate_per_day", 0.3,
                "treatment.lymphodepletion.enabled", false, "product.dose_cells_per_kg", 1.0,
                "simulation.min_cart_agents", 0, // no CAR-T agent: the tumor alone
                "simulation.tumor_event_calendar", calendar);
    }

    /** per seed [live cells at the end, apoptoses]; adds the calendar's events to work[0] */
    static double[][] tumorAlone(boolean calendar, double doublingH, long[] work) {
        double[][] out = new double[2][SEEDS];
        long[] events = new long[SEEDS];
        // each seed writes only its own slots: the parallel loop fills the arrays as a serial one
        IntStream.range(0, SEEDS).parallel().forEach(k -> {
            CarTModel m = new CarTModel(crowded(calendar, doublingH), 500 + k);
            m.runToEnd();
            out[0][k] = m.tumor.live;
            out[1][k] = m.tumor.apoptoses;
            events[k] = m.tumor.eventsDone;
        });
        for (long e : events) work[0] += e;
        return out;
    }

    static double welchZ(double[] a, double[] b) {
        double ma = mean(a), mb = mean(b);
        double se = Math.sqrt(variance(a, ma) / a.length + variance(b, mb) / b.length);
        return se == 0 ? 0 : (ma - mb) / se;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double variance(double[] x, double m) {
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }

    static void assertSame(String what, double[] on, double[] off) {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(on, off);
        double z = welchZ(on, off);
        System.out.printf("TumorEventCalendarTest %s: calendar %.1f, reference %.1f (KS p %.3f, Welch z %.2f)%n", what, mean(on), mean(off), p, z);
        assertTrue(p > 0.001, what + ": KS p = " + p);
        assertTrue(Math.abs(z) < 3.3, what + ": Welch z = " + z);
    }

    @Test
    void aCrowdedTileGrowsAsInTheReference() {
        long[] workOn = {0}, workOff = {0}, unused = {0};
        double[][] on = tumorAlone(true, 24, workOn);
        double[][] off = tumorAlone(false, 24, workOff);
        double[][] faster = tumorAlone(false, 24 / 1.03, unused);

        assertEquals(0, workOff[0], "the reference draws per cell, not by events");
        // the calendar acts on events only: about (birth + death)·Δt of the cell-steps
        double cellSteps = 0;
        for (double n : off[0]) cellSteps += n;
        assertTrue(workOn[0] > 0 && workOn[0] < SEEDS * 1000L * 40, "calendar events: " + workOn[0]);

        String[] what = {"live cells at day 4", "apoptoses"};
        for (int q = 0; q < 2; q++) assertSame(what[q], on[q], off[q]);
        // power: the same comparison sees a 3 % higher birth rate
        double z = welchZ(faster[0], off[0]);
        System.out.printf("TumorEventCalendarTest power: birth × 1.03 gives z %.1f%n", z);
        assertTrue(Math.abs(z) > 3.3, "a 3 % higher birth rate went unnoticed: z = " + z + " (cell-steps " + cellSteps + ")");
    }

    static Parameters course(boolean calendar, double killProbability) {
        return TestScenarios.params("simulation.lattice_width", 40, "simulation.lattice_height", 40,
                "simulation.days", 7.0, "simulation.tumor_event_calendar", calendar,
                "cart.kill_probability_per_contact", killProbability);
    }

    static final int COURSE_SEEDS = 50;

    /** per seed [tumor cells at the end, apoptoses, CAR-T kills] of the whole model */
    static double[][] wholeCourse(boolean calendar, double killProbability) {
        double[][] out = new double[3][COURSE_SEEDS];
        IntStream.range(0, COURSE_SEEDS).parallel().forEach(k -> {
            CarTModel m = new CarTModel(course(calendar, killProbability), 900 + k);
            m.runToEnd();
            out[0][k] = m.tumor.live;
            out[1][k] = m.tumor.apoptoses;
            out[2][k] = m.cart.kills;
        });
        return out;
    }

    @Test
    void theWholeCourseIsUnchangedInDistribution() {
        double kill = TestScenarios.params().cart().kill_probability_per_contact();
        double[][] on = wholeCourse(true, kill);
        double[][] off = wholeCourse(false, kill);
        double[][] weaker = wholeCourse(false, kill * 0.85);
        String[] what = {"tumor cells at day 7", "apoptoses", "CAR-T kills"};
        for (int q = 0; q < 3; q++) assertSame(what[q], on[q], off[q]);
        // power: a 15 % weaker kill shows in the tumor left at day 7
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(weaker[0], off[0]);
        System.out.printf("TumorEventCalendarTest power: kill × 0.85 gives KS p %.2g, z %.1f%n", p, welchZ(weaker[0], off[0]));
        assertTrue(p < 0.001 || Math.abs(welchZ(weaker[0], off[0])) > 3.3, "a 15 % weaker kill went unnoticed: KS p = " + p);
    }

    @Test
    void eventsOfOneStepComeOutInSiteOrder() {
        EventQueue q = new EventQueue();
        int[][] added = {{7, 40}, {3, 9}, {7, 2}, {3, 1}, {12, 0}, {7, 15}};
        for (int[] e : added) q.add(e[0], e[1]);
        int[] expected = {1, 9, 2, 15, 40, 0};
        assertTrue(!q.dueBy(2) && q.dueBy(3));
        for (int want : expected) assertEquals(want, q.pollSite());
        assertEquals(0, q.size());
    }
}
