package cartsim.experiment;

import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.grid.SparseGrid2D;
import sim.util.Int2D;

/**
 * The idiom cartsim avoids, measured for comparison: one scheduled Steppable per agent on a
 * SparseGrid2D, doing only a random walk with exclusion (one hop per step into a free site, as
 * cartsim's CAR-T do). Used by {@code cartsim bench}.
 */
public final class NaiveMasonBaseline extends SimState {
    private final int agents, width, height;
    SparseGrid2D grid;

    public NaiveMasonBaseline(long seed, int agents, int width, int height) {
        super(seed);
        this.agents = agents;
        this.width = width;
        this.height = height;
    }

    private static final int[] DX = {1, 0, -1, 0}, DY = {0, 1, 0, -1};

    /** one agent: moves one lattice site in a random direction each step */
    private static final class Walker implements Steppable {
        @Override
        public void step(SimState state) {
            NaiveMasonBaseline m = (NaiveMasonBaseline) state;
            Int2D at = m.grid.getObjectLocation(this);
            int d = m.random.nextInt(4);
            int x = Math.floorMod(at.x + DX[d], m.width), y = Math.floorMod(at.y + DY[d], m.height);
            if (m.grid.numObjectsAtLocation(x, y) == 0) m.grid.setObjectLocation(this, x, y);
        }
    }

    @Override
    public void start() {
        super.start();
        grid = new SparseGrid2D(width, height);
        for (int i = 0; i < agents; i++) {
            Walker w = new Walker();
            grid.setObjectLocation(w, random.nextInt(width), random.nextInt(height));
            schedule.scheduleRepeating(w);
        }
    }

    /** runs for at least minSeconds and returns agent-steps per second */
    public double measure(double minSeconds) {
        start();
        long steps = 0;
        long t0 = System.nanoTime();
        double elapsed;
        do {
            schedule.step(this);
            steps++;
            elapsed = (System.nanoTime() - t0) / 1e9;
        } while (elapsed < minSeconds);
        finish();
        return steps * (double) agents / elapsed;
    }
}
