package cartsim.experiment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * patients.json of a trial shard: every patient of the shard with its sampled values and exact
 * endpoint values. patients.csv rounds numbers to 6 digits; merge needs the values themselves to
 * compute the same statistics as one machine, and JSON keeps doubles exactly.
 */
final class TrialRecords {
    static final String FILE = "patients.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrialRecords() {}

    static void write(Path dir, List<TrialPatient> patients) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrialPatient p : patients) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("patient", p.id());
            m.put("seed", p.seed());
            m.put("infused", p.infused());
            m.put("not_infused_reason", p.notInfusedReason());
            m.put("sampled", p.sampled());
            m.put("endpoints", p.endpoints());
            out.add(m);
        }
        DurableFiles.write(dir.resolve(FILE), JSON.writeValueAsBytes(out));
    }

    @SuppressWarnings("unchecked")
    static List<TrialPatient> read(Path dir) throws BadFolderException {
        Path f = dir.resolve(FILE);
        try {
            List<Map<String, Object>> in = JSON.readValue(f.toFile(), new TypeReference<>() {});
            List<TrialPatient> out = new ArrayList<>();
            for (Map<String, Object> m : in) {
                Map<String, Object> endpoints = (Map<String, Object>) m.get("endpoints");
                out.add(new TrialPatient(((Number) m.get("patient")).intValue(), ((Number) m.get("seed")).longValue(),
                        (Boolean) m.get("infused"), (String) m.get("not_infused_reason"),
                        (Map<String, Object>) m.get("sampled"), endpoints == null ? null : RunRecord.normalise(endpoints)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new BadFolderException(f + " is missing or damaged: rerun this shard with --resume into a new --out");
        }
    }
}
