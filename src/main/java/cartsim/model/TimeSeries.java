package cartsim.model;

import java.util.ArrayList;
import java.util.List;

/** Recorded rows; the columns and their order (the contract of timeseries.csv) are {@link Recorder#COLUMNS}. */
public final class TimeSeries {
    /** column names in order, from {@link Recorder#COLUMNS} */
    public static final List<String> COLUMNS = Recorder.COLUMNS.stream().map(Recorder.Column::name).toList();
    /** columns written as whole numbers */
    public static final java.util.Set<String> INTEGER_COLUMNS = Recorder.COLUMNS.stream()
            .filter(Recorder.Column::integer).map(Recorder.Column::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final List<double[]> rows = new ArrayList<>();

    void add(double[] row) {
        if (row.length != COLUMNS.size()) throw new IllegalStateException("row width " + row.length);
        rows.add(row);
    }

    void clear() {
        rows.clear();
    }

    public List<double[]> rows() {
        return rows;
    }

    public int column(String name) {
        int i = COLUMNS.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name);
        return i;
    }

    /** the values of one column */
    public double[] get(String name) {
        int c = column(name);
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) out[r] = rows.get(r)[c];
        return out;
    }
}
