package cartsim.cli;

import cartsim.experiment.BadFolderException;
import cartsim.experiment.Shard;
import cartsim.experiment.TrialJob;
import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialPatient;
import cartsim.experiment.TrialSpec;
import cartsim.experiment.TrialStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "trial", mixinStandardHelpOptions = true,
        description = "Run a virtual clinical trial: enrol patients with sampled between-patient variability, "
                + "simulate the infused ones on all cores, and report outcomes with confidence intervals.",
        footer = {"", "Writes patients.csv, endpoints.csv, km.csv (relapse-free survival of",
                "responders), report.md, trial.yaml, scenario.yaml and manifest.json.",
                "Each simulated patient is saved at once; after a crash, rerun with --resume",
                "and the same --out. A shard (--shard K/N) writes patients.csv and",
                "patients.json; merge combines the shard folders.",
                "Exit codes: 0 ok, 1 internal error, 2 bad input, 130 interrupted."})
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
        Shard sh = study.shard();
        study.checkResume();
        TrialSpec spec = TrialLoader.load(file, new TrialLoader.Overrides(patients, seed, study.days, study.sets));
        long infused = TrialJob.infusedCount(spec, sh);
        if (study.check) {
            System.out.printf("OK %s: %d patients, %d to simulate%s%n", file, spec.patients(),
                    TrialJob.infusedCount(spec, Shard.ALL), sh.isAll() ? "" : ", " + infused + " in shard " + sh);
            return ExitCodes.OK;
        }
        Path dir = study.out != null ? study.out : RunCommand.defaultOut("results",
                "trial-" + spec.name() + (sh.isAll() ? "" : "-shard" + sh.index() + "of" + sh.count()), spec.seed());
        TrialStudy.Outcome o;
        try (Progress bar = new Progress("trial " + spec.name(), infused)) {
            o = TrialStudy.run(spec, sh, dir, study.resume, n, "trial " + String.join(" ", CommandLines.current()), bar::stepTo);
        } catch (BadFolderException e) {
            throw new UserError(e.getMessage());
        }
        if (!study.quiet) {
            if (o.alreadyComplete()) {
                System.out.println(o.dir() + " is already complete; nothing to do");
            } else {
                long inf = o.patients().stream().filter(TrialPatient::infused).count();
                System.out.printf("trial %s: %d enrolled%s, %d infused (%d simulated now, %d resumed), %.1f s on %d threads%n",
                        spec.name(), o.patients().size(), sh.isAll() ? "" : " in shard " + sh, inf, o.ran(), o.resumed(),
                        o.wallSeconds(), n);
                System.out.println("wrote " + o.dir());
            }
        }
        if (study.charts && sh.isAll()) ChartHook.plot(o.dir(), study.quiet);
        return ExitCodes.OK;
    }
}
