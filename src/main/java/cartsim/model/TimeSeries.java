package cartsim.model;

import java.util.ArrayList;
import java.util.List;

/** Recorded rows; the column order is the public contract of timeseries.csv. */
public final class TimeSeries {
    public static final List<String> COLUMNS = List.of(
            "day", "tumor_cells", "tumor_antigen_positive", "tumor_antigen_low", "tumor_antigen_negative",
            "tumor_burden_pct_baseline", "patient_tumor_cells", "cart_cells", "cart_tissue", "cart_blood",
            "cart_memory", "cart_effector", "cart_exhausted", "cart_blood_per_ul", "myeloid_activated_fraction",
            "ifng_pg_per_ml", "il6_pg_per_ml", "crs_grade", "icans_grade", "fever_c", "tocilizumab_doses",
            "steroids_active", "kills_total");
    /** columns written as whole numbers */
    public static final java.util.Set<String> INTEGER_COLUMNS = java.util.Set.of(
            "tumor_cells", "tumor_antigen_positive", "tumor_antigen_low", "tumor_antigen_negative", "cart_cells",
            "cart_tissue", "cart_blood", "cart_memory", "cart_effector", "cart_exhausted", "crs_grade", "icans_grade",
            "tocilizumab_doses", "steroids_active", "kills_total");

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
