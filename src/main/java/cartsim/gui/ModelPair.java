package cartsim.gui;

import cartsim.model.CarTModel;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * Two runs on one clock, for the side-by-side classroom view: each step of the pair steps run A
 * once, then run B once. Each run keeps its own schedule and random generator, exactly as if it
 * ran alone, so every state the pair shows is the state of the separate headless run with the
 * same seed. Setting the pair's seed (the Console does so before each Play) seeds both runs.
 */
public final class ModelPair extends SimState {
    public final CarTModel a, b;

    public ModelPair(CarTModel a, CarTModel b, long seed) {
        super(seed);
        this.a = a;
        this.b = b;
        a.setSeed(seed);
        b.setSeed(seed);
    }

    public List<CarTModel> runs() {
        return List.of(a, b);
    }

    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        // the constructor's super(seed) calls here before the runs are set
        if (a != null) a.setSeed(seed);
        if (b != null) b.setSeed(seed);
    }

    @Override
    public void start() {
        super.start();
        a.start();
        b.start();
        schedule.scheduleRepeating(0, 0, (Steppable) s -> {
            if (!a.finished()) a.schedule.step(a);
            if (!b.finished()) b.schedule.step(b);
        }, 1.0);
    }

    @Override
    public void finish() {
        super.finish();
        a.finish();
        b.finish();
    }

    /** both runs have reached the end of their course */
    public boolean finished() {
        return a.finished() && b.finished();
    }
}
