package cartsim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The distinct values a varied parameter takes in a sweep. Numeric values are sorted numerically
 * (so 1e6 comes before 5e6 regardless of how the CSV spelled them); others keep file order.
 */
record ParameterLevels(String parameter, List<String> levels, boolean numeric) {

    static ParameterLevels of(String parameter, String[] cells) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        boolean numeric = true;
        for (String c : cells) {
            String v = c.trim();
            distinct.add(v);
            numeric &= Double.isFinite(CsvTable.toDouble(v)) && !isBoolean(v);
        }
        List<String> levels = new ArrayList<>(distinct);
        if (numeric) {
            levels.sort(Comparator.comparingDouble(CsvTable::toDouble));
        }
        return new ParameterLevels(parameter, List.copyOf(levels), numeric);
    }

    private static boolean isBoolean(String v) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    int size() {
        return levels.size();
    }

    int indexOf(String cell) {
        return levels.indexOf(cell.trim());
    }

    /** tick labels: numbers in readable form, other values as written */
    String[] labels() {
        String[] out = new String[levels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = numeric ? Fmt.num(CsvTable.toDouble(levels.get(i))) : levels.get(i);
        }
        return out;
    }

    /** the smallest numeric level (the lower bound a log axis must show) */
    double min() {
        return CsvTable.toDouble(levels.get(0));
    }

    /** true when the positive numeric values span two decades or more, e.g. CAR-T doses */
    boolean wantsLogAxis() {
        if (!numeric) {
            return false;
        }
        double min = CsvTable.toDouble(levels.get(0));
        double max = CsvTable.toDouble(levels.get(levels.size() - 1));
        return min > 0 && max / min >= 100;
    }
}
