package cartsim.experiment;

import cartsim.scenario.Param;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run of a sweep in canonical order: run_id = point × replicates + replicate (all from 0).
 * Each point's scenario is checked up front so a bad combination fails before anything is written.
 */
public final class SweepPlan {
    /** one simulation to do; the seed depends only on the sweep seed, point and replicate */
    public record RunSpec(int runId, int point, int replicate, long seed) {}

    private final SweepSpec spec;
    private final List<Map<String, Object>> points;
    private final List<Scenario> scenarios;
    private final List<RunSpec> runs;
    private final String hash;

    private SweepPlan(SweepSpec spec, List<Map<String, Object>> points, List<Scenario> scenarios) {
        this.spec = spec;
        this.points = points;
        this.scenarios = scenarios;
        List<RunSpec> r = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int k = 0; k < spec.replicates(); k++) {
                r.add(new RunSpec(p * spec.replicates() + k, p, k, Seeds.derive(spec.seed(), "run", p, k)));
            }
        }
        this.runs = List.copyOf(r);
        this.hash = hash(spec, points);
    }

    public static SweepPlan of(SweepSpec spec) throws ScenarioException {
        List<Param> params = spec.axes().stream().map(a -> spec.base().schema().find(a.path())).toList();
        List<Map<String, Object>> raw = spec.design() == SweepSpec.Design.LHS
                ? SweepDesign.lhs(spec.axes(), params, spec.samples(), spec.seed())
                : SweepDesign.grid(spec.axes());
        if ((long) raw.size() * spec.replicates() > Integer.MAX_VALUE) {
            throw new ScenarioException(spec.axes().get(0).at(), "vary", "too many runs: " + raw.size() + " points × "
                    + spec.replicates() + " replicates");
        }
        List<Map<String, Object>> points = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Map<String, Object> p : raw) {
            Scenario s;
            try {
                s = spec.base().with(p);
            } catch (ScenarioException e) {
                // a combination that breaks a cross-parameter rule: point at the vary section
                throw new ScenarioException(spec.axes().get(0).at(), "vary", "the point " + SweepLoader.describe(p)
                        + " is not a valid scenario: " + e.key() + ": " + e.problem(), e.allowed());
            }
            Map<String, Object> canonical = new LinkedHashMap<>();
            for (String path : p.keySet()) canonical.put(path, s.get(path));
            points.add(java.util.Collections.unmodifiableMap(canonical));
            scenarios.add(s);
        }
        return new SweepPlan(spec, List.copyOf(points), List.copyOf(scenarios));
    }

    public SweepSpec spec() { return spec; }
    public List<Map<String, Object>> points() { return points; }
    public Scenario scenario(int point) { return scenarios.get(point); }
    public List<RunSpec> runs() { return runs; }

    /** the runs of shard K of N: run_id mod N == K − 1 */
    public List<RunSpec> runs(Shard shard) {
        return runs.stream().filter(r -> shard.owns(r.runId())).toList();
    }

    /**
     * SHA-256 of everything that decides the sweep's results: the resolved base scenario (with
     * set:, --set and days), seed, replicates, design and every point's values. Resume and merge
     * compare it to refuse mixing different sweeps; thread count and sharding are not part of it.
     */
    public String hash() { return hash; }

    private static String hash(SweepSpec spec, List<Map<String, Object>> points) {
        StringBuilder sb = new StringBuilder("cartsim-sweep-1\n");
        sb.append("name=").append(spec.name()).append('\n');
        sb.append("seed=").append(spec.seed()).append('\n');
        sb.append("replicates=").append(spec.replicates()).append('\n');
        sb.append("design=").append(spec.design().word()).append(' ').append(spec.samples()).append('\n');
        sb.append("timeseries=").append(spec.timeseries()).append('\n');
        sb.append(spec.base().toYaml());
        for (Map<String, Object> p : points) sb.append("point=").append(p).append('\n');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
