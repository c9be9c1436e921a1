package cartsim.cli;

import cartsim.experiment.BadFolderException;
import cartsim.experiment.Numbers;
import cartsim.experiment.calibration.CalibrationLoader;
import cartsim.experiment.calibration.CalibrationSpec;
import cartsim.experiment.calibration.CalibrationStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit free scenario parameters to the published figures of trial files: CMA-ES for a best fit, "
                + "ABC-SMC for a posterior. Every candidate is a virtual trial on the same virtual patients.",
        footer = {"", "Writes evaluations.csv, best.yaml, posterior.csv (abc-smc), report.md with charts/,",
                "calibration.yaml and manifest.json. Each evaluation is saved as it finishes; after a",
                "crash rerun with --resume and the same --out.",
                "On a cluster: --ask K writes the next K candidates as trial files into DIR/ask/;",
                "run them (docs/cluster.md), then --tell reads DIR/ask/results/ and advances the search.",
                "Exit codes: 0 ok, 1 internal error, 2 bad input, 130 interrupted."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "calibration YAML file (see calibration/)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "calibration folder (default: a new folder under results/)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "continue an interrupted calibration in --out, evaluating only what is missing")
    boolean resume;

    @Option(names = "--ask", paramLabel = "K", description = "write the next K candidates as trial files into DIR/ask/ and stop")
    Integer ask;

    @Option(names = "--tell", description = "read the results of DIR/ask/, advance the search, finish when the budget is spent")
    boolean tell;

    @Option(names = "--check", description = "check the file and its trial files, print the budget, write nothing")
    boolean check;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int n = Threads.check(threads);
        if (ask != null && tell) throw new UserError("--ask and --tell are separate steps: give one of them");
        if (ask != null && ask < 1) throw new UserError("--ask: expected a number of candidates ≥ 1, got " + ask);
        if ((ask != null || tell) && resume) throw new UserError("--resume is for in-process runs; --ask and --tell always continue --out");
        if ((ask != null || tell || resume) && out == null) throw new UserError("--ask, --tell and --resume need --out DIR: the calibration folder");
        CalibrationSpec spec = CalibrationLoader.load(file);
        if (check) {
            System.out.printf("OK %s: %s, %d free parameters, %d target metrics on %d trials, %d evaluations in %d generations of %d%n",
                    file, spec.method().word, spec.free().size(), spec.targetKeys().size(), spec.targets().size(), spec.evaluations(),
                    spec.generations(), spec.population());
            return ExitCodes.OK;
        }
        String command = "calibrate " + String.join(" ", CommandLines.current());
        Path dir = out != null ? out : RunCommand.defaultOut("results", "calibration-" + spec.name(), spec.seed());
        try {
            if (ask != null) {
                CalibrationStudy.Batch b = CalibrationStudy.ask(spec, dir, ask, command);
                if (!quiet) {
                    System.out.printf("asked %d candidates of generation %d (evaluations %d–%d): %d trial files in %s (list: %s)%n",
                            b.evaluations().size(), b.generation(), b.evaluations().get(0), b.evaluations().get(b.evaluations().size() - 1),
                            b.trialFiles().size(), b.dir(), b.dir().resolve(CalibrationStudy.TRIALS));
                    System.out.println("run each into " + b.dir().resolve(CalibrationStudy.RESULTS) + "/STEM, then --tell");
                }
                return ExitCodes.OK;
            }
            CalibrationStudy.Outcome o;
            if (tell) {
                o = CalibrationStudy.tell(spec, dir, command);
            } else {
                try (Progress bar = new Progress("calibrate " + spec.name(), spec.evaluations())) {
                    o = CalibrationStudy.run(spec, dir, resume, n, command, bar::stepTo);
                }
            }
            if (!quiet) report(spec, o);
        } catch (BadFolderException e) {
            throw new UserError(e.getMessage());
        }
        return ExitCodes.OK;
    }

    private static void report(CalibrationSpec spec, CalibrationStudy.Outcome o) {
        if (o.alreadyComplete()) {
            System.out.println(o.dir() + " is already complete; nothing to do");
            return;
        }
        System.out.printf("calibrate %s: %d evaluations done now, %d before%s, %.1f s%n", spec.name(), o.evaluated(), o.resumed(),
                o.best() == null ? "" : "; best so far evaluation " + o.best().index() + ", loss " + Numbers.format(o.best().loss()),
                o.wallSeconds());
        System.out.println(o.complete() ? "wrote " + o.dir() : o.dir() + ": budget not spent yet; --ask the next candidates");
    }
}
