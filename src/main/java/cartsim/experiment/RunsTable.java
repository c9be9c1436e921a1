package cartsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * runs.csv as cells: {@code run_id,point,replicate,seed,<varied…>,<endpoints…>}. Summary and
 * sensitivity statistics are computed from these cells (not from unrounded values), so a merge
 * of shard folders, which only has the shards' runs.csv, reproduces them exactly.
 */
public final class RunsTable {
    public static final String CONTINUOUS = "continuous", RATE = "rate", TEXT = "text";
    /** summary keys that are not endpoints: the seed has its own column, the name is constant */
    static final List<String> NOT_ENDPOINTS = java.util.Arrays.stream(cartsim.model.Endpoint.values())
            .filter(e -> e.kind() == cartsim.model.Endpoint.Kind.ID).map(cartsim.model.Endpoint::key).toList();
    /** endpoints that can be null in every run of a small sweep or shard, with their kind */
    static final Map<String, String> NULLABLE_KINDS = Map.of("relapse_antigen_negative", RATE,
            "mrd_negative_day28", RATE, "cart_lost_by_day28", RATE, "response_day28", TEXT, "best_response", TEXT);

    private final List<String> varied;
    /** endpoint → continuous | rate | text, in column order */
    private final Map<String, String> kinds;
    private final List<List<String>> rows;
    private final List<String> header;

    public RunsTable(List<String> varied, Map<String, String> kinds, List<List<String>> rows) {
        this.varied = List.copyOf(varied);
        this.kinds = new LinkedHashMap<>(kinds);
        this.rows = List.copyOf(rows);
        List<String> h = new ArrayList<>(List.of("run_id", "point", "replicate", "seed"));
        h.addAll(varied);
        h.addAll(kinds.keySet());
        this.header = List.copyOf(h);
    }

    /** the table of the given records (sorted by run id) of a plan */
    public static RunsTable of(SweepPlan plan, Collection<RunRecord> records) {
        List<String> varied = plan.spec().variedPaths();
        Map<String, String> kinds = kinds(records);
        List<List<String>> rows = new ArrayList<>();
        for (RunRecord r : records) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r.runId()));
            row.add(Integer.toString(r.point()));
            row.add(Integer.toString(r.replicate()));
            row.add(Long.toString(r.seed()));
            for (String p : varied) row.add(Csv.cell(plan.points().get(r.point()).get(p)));
            for (String e : kinds.keySet()) row.add(Csv.cell(r.endpoints().get(e)));
            rows.add(row);
        }
        return new RunsTable(varied, kinds, rows);
    }

    /** endpoint columns in the order the model reports them, each classified by its values */
    static Map<String, String> kinds(Collection<RunRecord> records) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (RunRecord r : records) {
            for (Map.Entry<String, Object> e : r.endpoints().entrySet()) {
                if (NOT_ENDPOINTS.contains(e.getKey())) continue;
                Object v = e.getValue();
                String k = v instanceof Boolean ? RATE : v instanceof String ? TEXT : v instanceof Number ? CONTINUOUS : null;
                // the first non-null value decides; the column keeps its first-seen position
                if (kinds.get(e.getKey()) == null) kinds.put(e.getKey(), k);
            }
        }
        // an endpoint null in every run shows no type: use what the model is known to report
        kinds.replaceAll((k, v) -> v != null ? v : NULLABLE_KINDS.getOrDefault(k, CONTINUOUS));
        return kinds;
    }

    public static RunsTable read(Path file, List<String> varied, Map<String, String> kinds) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IOException(file + ": empty runs.csv");
        RunsTable empty = new RunsTable(varied, kinds, List.of());
        List<List<String>> rows = new ArrayList<>();
        try {
            if (!Csv.split(lines.get(0)).equals(empty.header())) {
                throw new IOException(file + ": header does not match the sweep's manifest");
            }
            for (String l : lines.subList(1, lines.size())) if (!l.isEmpty()) rows.add(Csv.split(l));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return new RunsTable(varied, kinds, rows);
    }

    public List<String> header() {
        return header;
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder(Csv.line(header()));
        for (List<String> r : rows) sb.append(Csv.line(r));
        return sb.toString();
    }

    public List<String> varied() { return varied; }
    public Map<String, String> kinds() { return kinds; }
    public List<List<String>> rows() { return rows; }

    public int runId(List<String> row) {
        return Integer.parseInt(row.get(0));
    }

    /** the cell of a named column, or null when the table has no such column */
    public String cell(List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 ? null : row.get(i);
    }
}
