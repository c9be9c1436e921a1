package cartsim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cartsim.experiment.SweepFixtures.cli;
import static cartsim.experiment.SweepFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench --trial}: the patients it times are the trial's own (same enrolment, same sampled
 * values, same seeds), so its best-response classes count what {@code cartsim trial} writes.
 * Only counts are checked: the seconds are the machine's, and no test times anything.
 */
class TrialCostTest {

    @Test
    void timesTheTrialsOwnInfusedPatientsByBestResponse(@TempDir Path dir) throws Exception {
        Path f = TrialShardTest.trialFile(dir);
        TrialShardTest.ok("trial", f.toString(), "--out", dir.resolve("t").toString(), "--quiet");
        List<String> rows = read(dir.resolve("t/patients.csv")).lines().toList();
        List<String> header = List.of(rows.get(0).split(",", -1));
        int infusedCol = header.indexOf("infused"), bestCol = header.indexOf("best_response");
        Map<String, Integer> expected = new TreeMap<>();
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",", -1);
            if (c[infusedCol].equals("1")) expected.merge(c[bestCol], 1, Integer::sum);
        }
        assertFalse(expected.isEmpty(), "the fixture infuses somebody");

        SweepFixtures.Result r = cli("bench", "--trial", f.toString(), "--patients", "10", "--trial-days", "3", "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out().strip());
        assertEquals(10, o.get("patients_enrolled").asInt());
        assertEquals(expected.values().stream().mapToInt(Integer::intValue).sum(), o.get("patients_infused").asInt());
        Map<String, Integer> got = new TreeMap<>();
        o.get("by_best_response").fields().forEachRemaining(e -> got.put(e.getKey(), e.getValue().get("patients").asInt()));
        assertEquals(expected, got);
        double shares = 0;
        for (JsonNode c : o.get("by_best_response")) shares += c.get("share_of_time").asDouble();
        assertEquals(1.0, shares, 0.01);
        assertTrue(o.get("projected_1000_patient_seconds").asLong() >= 0);
        assertTrue(o.get("phase_share").has("cart"), o.toString());
    }

    @Test
    void badTrialBenchInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path f = TrialShardTest.trialFile(dir);
        TrialShardTest.refused("bench", "--trial", dir.resolve("missing.yaml").toString());
        TrialShardTest.refused("bench", "--trial", f.toString(), "--patients", "0");
        TrialShardTest.refused("bench", "--trial", f.toString(), "--trial-days", "0");
        TrialShardTest.refused("bench", "--trial", f.toString(), "--sample-size");
        TrialShardTest.refused("bench", "--trial", f.toString(), "--threads", "0");
    }
}
