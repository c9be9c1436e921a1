package cartsim.gui;

import cartsim.model.CarTModel;
import cartsim.scenario.ParamRegistry;
import cartsim.scenario.Scenario;

/** A headless model advanced to chosen days, for snapshots and animations. */
public final class Playback {
    public final CarTModel model;

    /** a started model of {@code s}; its course is extended if {@code untilDay} lies beyond it */
    public Playback(Scenario s, Long seed, double untilDay) {
        if (untilDay > s.d("simulation.days")) s = cartsim.experiment.Simulation.withDays(s, untilDay);
        model = new CarTModel(ParamRegistry.bind(s), seed != null ? seed : ParamRegistry.bind(s).simulation().seed());
        model.keepCytokineMaps = true; // pictures may show the IL-6 heat layer
        model.start();
    }

    /** steps until the model's day reaches {@code day} (or the run ends) */
    public void advanceTo(double day) {
        while (model.day() + 1e-9 < day && !model.finished()) model.schedule.step(model);
    }

    public double firstDay() {
        return model.params().startDay();
    }
}
