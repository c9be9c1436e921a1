package cartsim.experiment;

import cartsim.model.CarTModel;
import cartsim.model.TimeSeries;
import cartsim.model.params.Parameters;
import cartsim.scenario.ParamRegistry;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;

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
        Parameters p = ParamRegistry.bind(days == null ? s : withDays(s, days));
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
        summary.put(cartsim.model.Endpoint.SCENARIO_NAME.key(), s.name());
        Map<String, Double> phases = new LinkedHashMap<>();
        for (CarTModel.Phase ph : CarTModel.Phase.values())
            phases.put(ph.name().toLowerCase(java.util.Locale.ROOT), m.phaseNanos[ph.ordinal()] / 1e9);
        return new RunOutput(s.name(), seed, p.simulation().days(), TimeSeries.COLUMNS, new ArrayList<>(m.series.rows()),
                new ArrayList<>(m.eventList()), summary, m.agentSteps, wall, phases);
    }

    /** the scenario with another follow-up (already range-checked by the caller) */
    public static Scenario withDays(Scenario s, double days) {
        try {
            return s.with(Map.of("simulation.days", days));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
