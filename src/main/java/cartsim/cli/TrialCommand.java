package cartsim.cli;

import cartsim.experiment.TrialJob;
import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialOutput;
import cartsim.experiment.TrialPatient;
import cartsim.experiment.TrialSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    @Mixin
    StudyOptions study = new StudyOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "trial YAML file (see trials/)")
    Path file;

    @Option(names = "--patients", paramLabel = "N", description = "patients enrolled (default: the file's)")
    Integer patients;

    @Option(names = "--seed", paramLabel = "N", description = "trial seed (default: the file's)")
    Long seed;

    @Override
    public Integer call() throws Exception {
        int n = Threads.check(study.threads);
        TrialSpec spec = TrialLoader.load(file, new TrialLoader.Overrides(patients, seed, study.days, study.sets));
        Path dir = study.out != null ? study.out : RunCommand.defaultOut("results", "trial-" + spec.name(), spec.seed());
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
        if (!study.quiet) {
            long infused = result.stream().filter(TrialPatient::infused).count();
            System.out.printf("trial %s: %d enrolled, %d infused, %.1f s on %d threads%n", spec.name(), result.size(), infused, wall, n);
            System.out.println("wrote " + dir.toAbsolutePath().normalize());
        }
        if (study.charts) ChartHook.plot(dir, study.quiet);
        return ExitCodes.OK;
    }
}
