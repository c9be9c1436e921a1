package cartsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tumor step visits only the sites whose live bit is set, so the bits must say exactly which
 * sites hold a live cell (and which still show a kill flash) through seeding, division, apoptosis,
 * CAR-T kills and chemotherapy. Checked after every step of a course with all of them; the golden
 * outputs check that the visit order is the scan's. The same holds for the live-neighbour counts
 * that tell a CAR-T cell which neighbours it could engage or climb toward.
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
                assertEquals(recount(m.tumor, s, 40, 33), m.tumor.liveAround[s], "live neighbours of site " + s + " at step " + steps);
            }
        }
        assertTrue(m.cart.kills > 0 && flashes > 0 && m.tumor.apoptoses > 0, "the course had kills, flashes and apoptoses");
    }

    /** bit k set when the Moore neighbour of s in direction k (E, SE, S, SW, W, NW, N, NE) is live, from the sites */
    private static byte recount(Tumor t, int s, int w, int h) {
        int[] dx = {1, 1, 0, -1, -1, -1, 0, 1}, dy = {0, 1, 1, 1, 0, -1, -1, -1};
        int x = s % w, y = s / w, mask = 0;
        for (int k = 0; k < 8; k++) {
            int qx = x + dx[k], qy = y + dy[k];
            if (qx >= 0 && qy >= 0 && qx < w && qy < h && t.state[qy * w + qx] == Tumor.LIVE) mask |= 1 << k;
        }
        return (byte) mask;
    }
}
