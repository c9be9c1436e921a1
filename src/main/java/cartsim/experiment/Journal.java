package cartsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finished runs of a sweep in progress, one small file per run ({@code .partial/RUNID.json}) in
 * the output folder. Each file is written durably and atomically (temp, fsync, rename), so after
 * a crash or kill -9 every run is either complete on disk or absent, and {@code --resume} reruns
 * only the absent ones. Workers write different files, so no locking is needed.
 */
public final class Journal {
    public static final String DIR = ".partial";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public Journal(Path sweepDir) throws IOException {
        this.dir = sweepDir.resolve(DIR);
        Files.createDirectories(dir);
    }

    public void append(RunRecord r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("point", r.point());
        m.put("replicate", r.replicate());
        m.put("seed", r.seed());
        m.put("endpoints", r.endpoints());
        DurableFiles.write(dir.resolve(r.runId() + ".json"), JSON.writeValueAsBytes(m));
    }

    /**
     * Every complete record, by run id. Leftover temporary files of runs cut off mid-write are
     * deleted; a record that cannot be read is ignored, so its run is simply done again.
     */
    @SuppressWarnings("unchecked")
    public TreeMap<Integer, RunRecord> readAll() throws IOException {
        return DurableFiles.readRecords(dir, m -> {
            RunRecord r = new RunRecord(((Number) m.get("run_id")).intValue(), ((Number) m.get("point")).intValue(),
                    ((Number) m.get("replicate")).intValue(), ((Number) m.get("seed")).longValue(),
                    (Map<String, Object>) m.get("endpoints"));
            return Map.entry(r.runId(), r);
        });
    }

    public void delete() {
        AtomicDir.deleteTree(dir);
    }
}
