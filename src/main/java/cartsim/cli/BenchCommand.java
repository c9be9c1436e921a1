package cartsim.cli;

import cartsim.experiment.NaiveMasonBaseline;
import cartsim.experiment.ParallelRuns;
import cartsim.experiment.RunOutput;
import cartsim.experiment.RunWriter;
import cartsim.experiment.Simulation;
import cartsim.model.CarTModel;
import cartsim.scenario.ParamRegistry;
import cartsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure simulation speed: the full model on a scenario (default: scenarios/default.yaml) "
                + "and, in the same process, the naive MASON idiom (one Steppable per agent on a SparseGrid2D, "
                + "random walk only) with the same mean number of agents.",
                "Also times whole virtual patients: one 60-day and one 365-day patient (median of --repeats "
                + "seeds, with the range), virtual patients per minute on all cores, and where a patient's "
                + "time goes (tumor, CAR-T, myeloid, fields, clinical)."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO")
    Path scenarioFile;

    @Option(names = "--days", description = "days after infusion of the agent-steps run (default ${DEFAULT-VALUE})", defaultValue = "28")
    double days;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--json", description = "print one JSON object (one per preset with --all-presets)")
    boolean json;

    @Option(names = "--repeats", description = "seeds per virtual-patient timing (median and range; default 3, 1 with --all-presets)")
    Integer repeats;

    @Option(names = "--all-presets", description = "one line per bundled preset in scenarios/ (patient timings only)")
    boolean allPresets;

    @Option(names = "--no-365", description = "skip the 365-day patient (it takes longest)")
    boolean skip365;

    @Option(names = "--set", paramLabel = "KEY=VALUE")
    List<String> sets = new ArrayList<>();

    @Option(names = "--sample-size", description = "sample-size study instead of timings: the scenario (default: the "
            + "default, axi-cel, liso-cel, ide-cel and cilta-cel presets) over --seeds identical patients at its tile and at "
            + "a tile with 4× the sites; prints the markdown table of docs/model.md")
    boolean sampleSize;

    @Option(names = "--seeds", description = "identical patients (seeds 1..N) per tile size in --sample-size, per scenario in --identical-patients (default ${DEFAULT-VALUE})", defaultValue = "100")
    int seeds;

    @Option(names = "--trial", paramLabel = "TRIAL", description = "what a virtual trial's patients cost instead of timings: "
            + "the trial file's first --patients enrolled patients (the same patients as `cartsim trial`), infused ones "
            + "simulated for --trial-days on --threads workers, each timed; prints the batch's wall time, a projection to "
            + "1000 enrolled patients, and the seconds per patient by best response")
    Path trialFile;

    @Option(names = "--patients", description = "enrolled patients of --trial (default ${DEFAULT-VALUE})", defaultValue = "60")
    int trialPatients;

    @Option(names = "--trial-days", description = "days after infusion per --trial patient (default ${DEFAULT-VALUE})", defaultValue = "60")
    double trialDays;

    @Option(names = "--threads", description = "worker threads for --trial, --sample-size and --identical-patients (default: all cores)")
    Integer threads;

    @Option(names = "--identical-patients", description = "share of --seeds identical patients that respond, at the scenario's "
            + "own tile, for the scenario or every bundled preset in scenarios/; prints a markdown table")
    boolean identicalPatients;

    static final List<String> SAMPLE_SIZE_PRESETS = List.of("default.yaml", "axi-cel-lbcl.yaml", "liso-cel-lbcl.yaml", "ide-cel-mm.yaml", "cilta-cel-mm.yaml");

    /** the scenario given, or the named bundled presets (null: every bundled preset) */
    private List<Path> studyFiles(String option, List<String> names) throws java.io.IOException {
        if (scenarioFile != null) return List.of(scenarioFile);
        Path def = Scenarios.defaultFile();
        if (def == null) throw new UserError(option + ": no scenarios/ folder here or in CARTSIM_HOME");
        if (names != null) return names.stream().map(def.getParent()::resolve).toList();
        try (var list = java.nio.file.Files.list(def.getParent())) {
            return list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private Integer sampleSizeStudy() throws Exception {
        List<Path> files = studyFiles("--sample-size", SAMPLE_SIZE_PRESETS);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        System.out.println("sample-size study: " + seeds + " identical patients (seeds 1.." + seeds + ") per tile, " + days + " days");
        System.out.println(cartsim.experiment.SampleSizeStudy.TABLE_HEADER);
        boolean all = true;
        for (Path f : files) {
            var r = cartsim.experiment.SampleSizeStudy.compare(Scenarios.load(f, sets), seeds, 1, days, 2, t);
            System.out.println(r.markdownRow());
            all &= r.agrees();
        }
        System.out.println(all ? "every scenario agrees" : "some scenario disagrees (see the last column)");
        return ExitCodes.OK;
    }

    private Integer identicalPatientShares() throws Exception {
        List<Path> files = studyFiles("--identical-patients", null);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        System.out.println("identical patients: " + seeds + " seeds per scenario, " + days + " days");
        System.out.println(cartsim.experiment.SampleSizeStudy.SHARES_HEADER);
        for (Path f : files) {
            var s = Scenarios.load(f, sets);
            var a = cartsim.experiment.SampleSizeStudy.identicalPatients(s, seeds, 1, days, t);
            System.out.println(cartsim.experiment.SampleSizeStudy.sharesRow(s.name(), a));
        }
        return ExitCodes.OK;
    }

    /** the --trial study's input, checked before anything runs; null without --trial */
    private cartsim.experiment.TrialSpec trialSpec() throws Exception {
        if (trialFile == null) return null;
        if (sampleSize || identicalPatients || allPresets) throw new UserError("bench: --trial is a study of its own; leave out --sample-size, --identical-patients and --all-presets");
        if (trialPatients < 1) throw new UserError("bench: --patients must be at least 1, not " + trialPatients);
        if (!(trialDays > 0)) throw new UserError("bench: --trial-days must be above 0, not " + trialDays);
        if (threads != null && threads < 1) throw new UserError("bench: --threads must be at least 1, not " + threads);
        return cartsim.experiment.TrialLoader.load(trialFile,
                new cartsim.experiment.TrialLoader.Overrides(trialPatients, null, trialDays, sets));
    }

    private Integer trialCost(cartsim.experiment.TrialSpec spec) throws Exception {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        print(cartsim.experiment.TrialCost.measure(spec, t).toMap(), json);
        return ExitCodes.OK;
    }

    @Override
    public Integer call() throws Exception {
        if (sampleSize && identicalPatients) throw new UserError("bench: --sample-size and --identical-patients are two studies; give one");
        cartsim.experiment.TrialSpec trial = trialSpec();
        if ((sampleSize || identicalPatients) && seeds < 1) throw new UserError("bench: --seeds must be at least 1, not " + seeds);
        // the benchmark stands for jobs of many runs, which use the SIMD lanes once they are
        // compiled; their warm-up is left out of the figures like the JIT's (same numbers either way)
        cartsim.model.Simd.enableAndWait(60_000);
        if (trial != null) return trialCost(trial);
        if (sampleSize) return sampleSizeStudy();
        if (identicalPatients) return identicalPatientShares();
        if (allPresets) {
            Path def = Scenarios.defaultFile();
            if (def == null) throw new UserError("--all-presets: no scenarios/ folder here or in CARTSIM_HOME");
            Path dir = def.getParent();
            List<Path> files;
            try (Stream<Path> all = Files.list(dir)) {
                files = all.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path f : files) {
                Map<String, Object> o = patients(Scenarios.load(f, sets), repeats == null ? 1 : repeats);
                print(o, true);
            }
            return ExitCodes.OK;
        }
        Scenario s = Scenarios.withSeedAndDays(Scenarios.load(scenarioFile, sets), seed, days);
        // warm-up so the JIT has compiled the hot loops before the measured run
        Simulation.run(s, seed, Math.min(days, 5.0), null);
        RunOutput r = Simulation.run(s, seed, null, null);
        CarTModel sized = new CarTModel(ParamRegistry.bind(s), seed);
        sized.start();
        while (!sized.finished() && sized.day() < r.summaryDouble("cart_peak_day")) sized.schedule.step(sized);
        int[] c = sized.cartCounts();
        long agentsAtPeak = sized.tumor.live + c[0] + c[1] + sized.myeloid.pos.length;
        double bytesPerAgent = (double) sized.stateBytes() / Math.max(1, agentsAtPeak);
        double dtH = s.d("simulation.step_minutes") / 60;
        double totalDays = days - Math.min(0, ParamRegistry.bind(s).startDay());
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
        o.put("wall_seconds", round3(r.wallSeconds()));
        o.put("threads", 1);
        patients(s, repeats == null ? 3 : repeats).forEach((k, v) -> { if (!k.equals("scenario")) o.put(k, v); });
        o.put("java_version", System.getProperty("java.version"));
        print(o, json);
        return ExitCodes.OK;
    }

    /** whole virtual patients of {@code s}: 60 and 365 days, patients per minute on all cores, phase shares */
    private Map<String, Object> patients(Scenario s, int reps) throws Exception {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scenario", s.name());
        Simulation.run(s, seed, Math.min(5.0, s.d("simulation.days")), null); // warm-up
        List<RunOutput> runs60 = new ArrayList<>();
        for (int k = 0; k < reps; k++) runs60.add(Simulation.run(s, seed + k, 60.0, null));
        double[] w60 = runs60.stream().mapToDouble(RunOutput::wallSeconds).sorted().toArray();
        o.put("patient_seconds", round3(median(w60)));
        o.put("patient_seconds_range", List.of(round3(w60[0]), round3(w60[w60.length - 1])));
        if (!skip365) {
            double[] w365 = new double[reps];
            for (int k = 0; k < reps; k++) w365[k] = Simulation.run(s, seed + k, 365.0, null).wallSeconds();
            Arrays.sort(w365);
            o.put("patient_seconds_365", round3(median(w365)));
            o.put("patient_seconds_365_range", List.of(round3(w365[0]), round3(w365[reps - 1])));
            o.put("ratio_365_to_60", Math.round(median(w365) / median(w60) * 100) / 100.0);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int n = 2 * cores;
        List<Callable<RunOutput>> tasks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long sd = seed + 1000 + k;
            tasks.add(() -> Simulation.run(s, sd, 60.0, null));
        }
        long t0 = System.nanoTime();
        ParallelRuns.run(tasks, cores, x -> { });
        double wall = (System.nanoTime() - t0) / 1e9;
        o.put("trial_patients_per_minute", Math.round(n / wall * 60 * 10) / 10.0);
        o.put("trial_cores", cores);
        // where the median 60-day patient's time goes
        RunOutput mid = runs60.stream().sorted((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds())).toList().get(reps / 2);
        double total = mid.phaseSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Object> share = new LinkedHashMap<>();
        mid.phaseSeconds().forEach((k, v) -> share.put(k, Math.round(v / Math.max(1e-9, total) * 1000) / 1000.0));
        o.put("phase_share_60d", share);
        return o;
    }

    private static void print(Map<String, Object> o, boolean json) throws java.io.IOException {
        if (json) System.out.println(RunWriter.toJsonLine(o));
        else o.forEach((k, v) -> System.out.printf("%-36s %s%n", k, v));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
