package cartsim.experiment;

import cartsim.model.CarTModel;
import cartsim.model.ModelParams;
import cartsim.model.TimeSeries;
import cartsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

/** Runs one scenario headless and collects its outputs. Single-threaded and deterministic. */
public final class Simulation {
    private Simulation() {}

    /**
     * @param seed     the run's seed (overrides simulation.seed)
     * @param days     days after infusion to simulate, or null for the scenario's
     * @param progress receives the fraction done (0..1) now and then; may be null
     */
    public static RunOutput run(Scenario s, long seed, Double days, DoubleConsumer progress) {
        ModelParams p = ModelParams.from(s);
        if (days != null) p.days = days;
        p.seed = seed;
        CarTModel m = new CarTModel(p, seed);
        long t0 = System.nanoTime();
        m.start();
        long total = Math.max(1, m.totalSteps());
        long every = Math.max(1, total / 200);
        while (!m.finished()) {
            m.schedule.step(m);
            if (progress != null && m.stepNumber() % every == 0) progress.accept((double) m.stepNumber() / total);
        }
        m.finish();
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> summary = new LinkedHashMap<>(m.endpoints.toMap());
        summary.put("scenario_name", s.name());
        return new RunOutput(s.name(), seed, p.days, TimeSeries.COLUMNS, new ArrayList<>(m.series.rows()),
                new ArrayList<>(m.events), summary, m.agentSteps, wall);
    }
}
