package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.model.ModelParams;
import cartsim.scenario.Scenario;

/** A headless model advanced to chosen days, for snapshots and animations. */
public final class Playback {
    public final CarTModel model;

    /** a started model of {@code s}; its course is extended if {@code untilDay} lies beyond it */
    public Playback(Scenario s, Long seed, double untilDay) {
        ModelParams p = ModelParams.from(s);
        if (seed != null) p.seed = seed;
        if (untilDay > p.days) p.days = untilDay;
        model = new CarTModel(p, p.seed);
        model.start();
    }

    /** steps until the model's day reaches {@code day} (or the run ends) */
    public void advanceTo(double day) {
        while (model.day() + 1e-9 < day && !model.finished()) model.schedule.step(model);
    }

    public double firstDay() {
        return model.p.startDay();
    }
}
