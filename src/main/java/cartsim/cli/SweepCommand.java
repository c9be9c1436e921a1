package cartsim.cli;

import cartsim.experiment.BadFolderException;
import cartsim.experiment.Shard;
import cartsim.experiment.SweepJob;
import cartsim.experiment.SweepLoader;
import cartsim.experiment.SweepPlan;
import cartsim.experiment.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a parameter sweep (grid or Latin hypercube) described by a sweep file, on all cores.",
        footer = {"", "Writes runs.csv (one row per run), summary.csv (mean/proportion with 95%% CI per point and endpoint),",
                "sensitivity.csv (PRCC, lhs designs), sweep.yaml and manifest.json; runs/RUNID/timeseries.csv with --timeseries.",
                "Each finished run is saved at once; after a crash, rerun with --resume and the same --out.",
                "Exit codes: 0 ok, 1 internal error, 2 bad input, 130 interrupted."})
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    StudyOptions study = new StudyOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "sweep YAML file (see sweeps/)")
    Path file;

    @Option(names = "--replicates", paramLabel = "R", description = "runs per point (default: the file's replicates)")
    Integer replicates;

    @Option(names = "--timeseries", description = "also write runs/RUNID/timeseries.csv for every run")
    boolean timeseries;

    @Override
    public Integer call() throws Exception {
        int n = Threads.check(study.threads);
        Shard sh = study.shard();
        study.checkResume();
        SweepSpec spec = SweepLoader.load(file, new SweepLoader.Overrides(replicates, study.days, study.sets, timeseries));
        SweepPlan plan = SweepPlan.of(spec);
        Path dir = study.out != null ? study.out : RunCommand.defaultOut("results", spec.name() + (sh.isAll() ? "" : "-shard" + sh.index() + "of" + sh.count()), spec.seed());
        int mine = plan.runs(sh).size();
        if (study.check) {
            System.out.printf("OK %s: %d runs (%d points x %d replicates)%s%n", file, plan.runs().size(), plan.points().size(),
                    spec.replicates(), sh.isAll() ? "" : ", " + mine + " in shard " + sh);
            return ExitCodes.OK;
        }
        SweepJob.Outcome o;
        try (Progress bar = new Progress("sweep " + spec.name(), mine)) {
            o = SweepJob.run(plan, sh, dir, study.resume, n, "sweep " + String.join(" ", CommandLines.current()), bar::stepTo);
        } catch (BadFolderException e) {
            throw new UserError(e.getMessage());
        }
        if (!study.quiet) {
            if (o.alreadyComplete()) {
                System.out.println(o.dir() + " is already complete; nothing to do");
            } else {
                System.out.printf("sweep %s: %d runs (%d points x %d replicates%s), %d run now, %d resumed, %.1f s on %d threads%n",
                        spec.name(), mine, plan.points().size(), spec.replicates(), sh.isAll() ? "" : ", shard " + sh,
                        o.ran(), o.resumed(), o.wallSeconds(), n);
                System.out.println("wrote " + o.dir());
            }
        }
        if (study.charts && sh.isAll()) ChartHook.plot(o.dir(), study.quiet);
        return ExitCodes.OK;
    }
}
