package cartsim.cli;

import cartsim.model.Endpoint;

import cartsim.experiment.AtomicDir;
import cartsim.experiment.Manifest;
import cartsim.experiment.RunOutput;
import cartsim.experiment.RunWriter;
import cartsim.experiment.Simulation;
import cartsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one scenario (default: scenarios/default.yaml) and write a results folder.",
        footer = {"", "Writes timeseries.csv, events.csv, summary.json, scenario.yaml (fully resolved) and manifest.json.",
                "Exit codes: 0 ok, 1 internal error, 2 bad input, 130 interrupted."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "scenario YAML file")
    Path scenarioFile;

    @Option(names = "--seed", description = "random seed (default: the scenario's simulation.seed)")
    Long seed;

    @Option(names = "--days", description = "days after infusion to simulate (default: the scenario's simulation.days)")
    Double days;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: a new folder under results/)")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter, e.g. --set product.dose_cells_per_kg=1e6")
    List<String> sets = new ArrayList<>();

    @Option(names = "--charts", description = "also draw the run's charts into DIR/charts/")
    boolean charts;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Scenario s = Scenarios.withSeedAndDays(Scenarios.load(scenarioFile, sets), seed, days);
        long runSeed = s.i("simulation.seed");
        Path dir = out != null ? out : defaultOut("results", s.name(), runSeed);
        try (AtomicDir tmp = new AtomicDir(dir)) {
            RunOutput result;
            try (Progress bar = new Progress("run " + s.name(), 1000)) {
                result = Simulation.run(s, runSeed, null, bar::fraction);
            }
            RunWriter.writeResults(tmp.path(), result, s);
            Map<String, Object> manifest = Manifest.base("run", "run " + String.join(" ", CommandLines.current()));
            manifest.put("seed", runSeed);
            manifest.put("scenario_name", s.name());
            manifest.put("days", s.d("simulation.days"));
            manifest.put("wall_seconds", Math.round(result.wallSeconds() * 1000) / 1000.0);
            manifest.put("agent_steps", result.agentSteps());
            RunWriter.writeJson(tmp.path().resolve("manifest.json"), manifest);
            tmp.commit();
            java.io.PrintWriter outw = spec.commandLine().getOut();
            if (!quiet) {
                Map<String, Object> sum = result.summary();
                outw.printf("%s: best response %s, CRS max grade %s (onset day %s), CAR-T peak day %s, relapse day %s%n",
                        s.name(), sum.get(Endpoint.BEST_RESPONSE.key()), sum.get(Endpoint.CRS_MAX_GRADE.key()), fmt(sum.get(Endpoint.CRS_ONSET_DAY.key())),
                        fmt(sum.get(Endpoint.CART_PEAK_DAY.key())), fmt(sum.get(Endpoint.RELAPSE_DAY.key())));
                outw.println("wrote " + tmp.target());
                outw.flush();
            }
            if (charts) ChartHook.plot(tmp.target(), quiet);
        }
        return ExitCodes.OK;
    }

    static String fmt(Object o) {
        if (o == null) return "-";
        if (o instanceof Double d) return String.format(java.util.Locale.ROOT, "%.1f", d);
        return o.toString();
    }

    /** results/NAME-YYYYMMDD-HHMMSS-sSEED, with a counter if it exists */
    static Path defaultOut(String root, String name, long seed) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + stamp + "-s" + seed;
        Path p = Path.of(root, base);
        for (int k = 2; p.toFile().exists(); k++) p = Path.of(root, base + "-" + k);
        return p;
    }
}
