package cartsim.cli;

import cartsim.experiment.NaiveMasonBaseline;
import cartsim.experiment.RunOutput;
import cartsim.experiment.RunWriter;
import cartsim.experiment.Simulation;
import cartsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure simulation speed: the full model on a scenario (default: scenarios/default.yaml) "
                + "and, in the same process, the naive MASON idiom (one Steppable per agent on a SparseGrid2D, "
                + "random walk only) with the same mean number of agents.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO")
    Path scenarioFile;

    @Option(names = "--days", description = "days after infusion to simulate (default ${DEFAULT-VALUE})", defaultValue = "28")
    double days;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--set", paramLabel = "KEY=VALUE")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Scenario s = Scenarios.withSeedAndDays(Scenarios.load(scenarioFile, sets), seed, days);
        // warm-up so the JIT has compiled the hot loops before the measured run
        Simulation.run(s, seed, Math.min(days, 5.0), null);
        RunOutput r = Simulation.run(s, seed, null, null);
        cartsim.model.CarTModel sized = new cartsim.model.CarTModel(cartsim.scenario.ParamRegistry.bind(s), seed);
        sized.start();
        while (!sized.finished() && sized.day() < r.summaryDouble("cart_peak_day")) sized.schedule.step(sized);
        int[] c = sized.cartCounts();
        long agentsAtPeak = sized.tumor.live + c[0] + c[1] + sized.myeloid.pos.length;
        double bytesPerAgent = (double) sized.stateBytes() / Math.max(1, agentsAtPeak);
        double dtH = s.d("simulation.step_minutes") / 60;
        double totalDays = days - Math.min(0, startDay(s));
        long steps = Math.round(totalDays * 24 / dtH);
        double meanAgents = (double) r.agentSteps() / steps;
        double rate = r.agentSteps() / r.wallSeconds();

        int naiveAgents = (int) Math.max(1, Math.round(meanAgents));
        NaiveMasonBaseline naive = new NaiveMasonBaseline(seed, naiveAgents, s.i("simulation.lattice_width"), s.i("simulation.lattice_height"));
        naive.measure(0.5); // warm-up
        double naiveRate = naive.measure(3.0);

        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scenario", s.name());
        o.put("agent_steps_per_second", Math.round(rate));
        o.put("naive_mason_agent_steps_per_second", Math.round(naiveRate));
        o.put("speedup_vs_naive", Math.round(rate / naiveRate * 10) / 10.0);
        o.put("cell_hours_per_second", Math.round(rate * dtH));
        o.put("mean_agents", Math.round(meanAgents));
        o.put("agent_steps", r.agentSteps());
        o.put("simulated_days", totalDays);
        o.put("step_minutes", s.d("simulation.step_minutes"));
        o.put("bytes_per_agent_at_cart_peak", Math.round(bytesPerAgent));
        o.put("wall_seconds", Math.round(r.wallSeconds() * 1000) / 1000.0);
        o.put("threads", 1);
        o.put("java_version", System.getProperty("java.version"));
        if (json) {
            System.out.println(RunWriter.toJsonLine(o));
        } else {
            o.forEach((k, v) -> System.out.printf("%-36s %s%n", k, v));
        }
        return ExitCodes.OK;
    }

    private static double startDay(Scenario s) {
        return cartsim.scenario.ParamRegistry.bind(s).startDay();
    }
}
