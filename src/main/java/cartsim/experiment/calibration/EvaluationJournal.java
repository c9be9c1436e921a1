package cartsim.experiment.calibration;

import cartsim.experiment.DurableFiles;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finished evaluations of a calibration in progress, one small file per evaluation
 * ({@code .partial/evaluations/NNNNNN.json}), each written durably and atomically like the
 * sweep and trial journals: after a kill -9 an evaluation is either complete on disk or absent.
 * Numbers are stored as the text the result tables show, so a replayed evaluation is the same
 * bit for bit.
 */
final class EvaluationJournal {
    static final String DIR = ".partial";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    EvaluationJournal(Path calibrationDir) throws IOException {
        this.dir = calibrationDir.resolve(DIR).resolve("evaluations");
        Files.createDirectories(dir);
    }

    void append(Evaluation e) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evaluation", e.index());
        List<String> values = new ArrayList<>();
        for (double v : e.values()) values.add(Evaluation.text(v));
        m.put("values", values);
        List<List<String>> readouts = new ArrayList<>();
        for (Evaluation.Readout r : e.readouts()) {
            readouts.add(List.of(Evaluation.text(r.value()), Evaluation.text(r.low()), Evaluation.text(r.high())));
        }
        m.put("readouts", readouts);
        DurableFiles.write(dir.resolve(String.format("%06d.json", e.index())), JSON.writeValueAsBytes(m));
    }

    /** every complete evaluation by number; a damaged file is dropped, so that evaluation is simply done again */
    @SuppressWarnings("unchecked")
    TreeMap<Integer, Evaluation> readAll(CalibrationSpec spec) throws IOException {
        return DurableFiles.readRecords(dir, m -> {
            int index = ((Number) m.get("evaluation")).intValue();
            List<String> vs = (List<String>) m.get("values");
            double[] values = vs.stream().mapToDouble(Evaluation::parse).toArray();
            List<Evaluation.Readout> readouts = new ArrayList<>();
            for (List<String> r : (List<List<String>>) m.get("readouts")) {
                readouts.add(new Evaluation.Readout(Evaluation.parse(r.get(0)), Evaluation.parse(r.get(1)), Evaluation.parse(r.get(2))));
            }
            if (values.length != spec.free().size() || readouts.size() != spec.targetKeys().size()) throw new IOException("shape");
            return Map.entry(index, Evaluation.of(spec, index, values, readouts));
        });
    }
}
