package cartsim.cli;

import cartsim.experiment.BadFolderException;
import cartsim.experiment.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the folders of a sharded sweep (sweep --shard K/N) into one sweep folder, "
                + "identical to what a single machine would have written.",
        footer = {"", "Refuses folders of different sweeps or cartsim versions, incomplete shards, and missing or duplicate runs.",
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
            runs = SweepMerge.merge(shards, out, "merge " + String.join(" ", CommandLines.current()));
        } catch (BadFolderException e) {
            throw new UserError("merge: " + e.getMessage());
        }
        if (!quiet) System.out.println("merged " + runs + " runs from " + shards.size() + " folders into " + out.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
