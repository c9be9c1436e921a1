package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tumor step visits only the sites whose live bit is set, so the bits must say exactly which
 * sites hold a live cell (and which still show a kill flash) through seeding, division, apoptosis,
 * CAR-T kills and chemotherapy. Checked after every step of a course with all of them; the golden
 * outputs check that the visit order is the scan's.
 */
class TumorSiteBitsTest {
    @Test
    void theBitsMatchTheSitesThroughACourse() {
        CarTModel m = new CarTModel(TestScenarios.params("simulation.lattice_width", 40, "simulation.lattice_height", 33,
                "simulation.days", 12.0), 4);
        m.start();
        int n = 40 * 33, flashes = 0, steps = 0;
        while (!m.finished()) {
            m.schedule.step(m);
            steps++;
            for (int s = 0; s < n; s++) {
                assertEquals(m.tumor.state[s] == Tumor.LIVE, m.tumor.liveBit(s), "live bit of site " + s + " at step " + steps);
                assertEquals(m.tumor.flash[s] > 0, m.tumor.flashBit(s), "flash bit of site " + s + " at step " + steps);
                if (m.tumor.flash[s] > 0) flashes++;
            }
        }
        assertTrue(m.cart.kills > 0 && flashes > 0 && m.tumor.apoptoses > 0, "the course had kills, flashes and apoptoses");
    }
}
