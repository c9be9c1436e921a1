package cartsim.cli;

import cartsim.experiment.TrialJob;
import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialOutput;
import cartsim.experiment.TrialPatient;
import cartsim.experiment.TrialSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "trial", mixinStandardHelpOptions = true,
        description = "Run a virtual clinical trial: enrol patients with sampled between-patient variability, "
                + "simulate the infused ones on all cores, and report outcomes with confidence intervals.",
        footer = {"", "Writes patients.csv, endpoints.csv, km.csv (relapse-free survival of responders), report.md,",
                "trial.yaml and manifest.json. Exit codes: 0 ok, 1 internal error, 2 bad input, 130 interrupted."})
public final class TrialCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "trial YAML file (see trials/)")
    Path file;

    @Option(names = "--patients", paramLabel = "N", description = "patients enrolled (default: the file's)")
    Integer patients;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--days", paramLabel = "D", description = "follow-up days after infusion (default: the file's)")
    Double days;

    @Option(names = "--seed", paramLabel = "N", description = "trial seed (default: the file's)")
    Long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter of the trial's scenario (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: a new folder under results/)")
    Path out;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--charts", description = "also draw the charts into DIR/charts/ at the end")
    boolean charts;

    @Override
    public Integer call() throws Exception {
        int n = Threads.check(threads);
        TrialSpec spec = TrialLoader.load(file, new TrialLoader.Overrides(patients, seed, days, sets));
        Path dir = out != null ? out : RunCommand.defaultOut("results", "trial-" + spec.name(), spec.seed());
        // refuse an existing folder before hours of simulation, not after
        if (java.nio.file.Files.isDirectory(dir)) {
            try (var entries = java.nio.file.Files.list(dir)) {
                if (entries.findAny().isPresent()) throw new java.nio.file.FileAlreadyExistsException(
                        dir.toAbsolutePath().normalize() + " (choose another --out or remove it)");
            }
        } else if (java.nio.file.Files.exists(dir)) {
            throw new java.nio.file.FileAlreadyExistsException(dir.toAbsolutePath().normalize() + " (not a folder)");
        }
        long t0 = System.nanoTime();
        List<TrialPatient> result;
        try (Progress bar = new Progress("trial " + spec.name(), TrialJob.infusedCount(spec))) {
            result = TrialJob.run(spec, n, bar::stepTo);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        TrialOutput.write(dir, spec, result, "trial " + String.join(" ", CommandLines.current()), wall);
        if (!quiet) {
            long infused = result.stream().filter(TrialPatient::infused).count();
            System.out.printf("trial %s: %d enrolled, %d infused, %.1f s on %d threads%n", spec.name(), result.size(), infused, wall, n);
            System.out.println("wrote " + dir.toAbsolutePath().normalize());
        }
        if (charts) ChartHook.plot(dir, quiet);
        return ExitCodes.OK;
    }
}
