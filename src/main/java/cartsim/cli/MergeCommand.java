package cartsim.cli;

import cartsim.experiment.BadFolderException;
import cartsim.experiment.StudyKind;
import cartsim.experiment.SweepMerge;
import cartsim.experiment.TrialMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the folders of a sharded sweep (sweep --shard K/N) or trial (trial --shard K/N) into one "
                + "folder, identical to what a single machine would have written.",
        footer = {"", "Refuses folders of different sweeps or trials or cartsim versions, a mix of",
                "sweep and trial folders, incomplete shards, and missing or duplicate runs or",
                "patients.",
                "Exit codes: 0 ok, 1 internal error, 2 bad input."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard folders")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "merged results folder (must not exist)")
    Path out;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        for (Path d : shards) if (!Files.isDirectory(d)) throw new UserError(d + ": no such shard folder");
        int runs;
        try {
            String command = "merge " + String.join(" ", CommandLines.current());
            if (StudyKind.of(shards).equals("trial")) {
                int patients = TrialMerge.merge(shards, out, command);
                if (!quiet) System.out.println("merged " + patients + " patients from " + shards.size() + " folders into "
                        + out.toAbsolutePath().normalize());
                return ExitCodes.OK;
            }
            runs = SweepMerge.merge(shards, out, command);
        } catch (BadFolderException e) {
            throw new UserError("merge: " + e.getMessage());
        }
        if (!quiet) System.out.println("merged " + runs + " runs from " + shards.size() + " folders into " + out.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
