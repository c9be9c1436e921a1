package cartsim.model;

import cartsim.experiment.RunOutput;
import cartsim.experiment.Simulation;
import cartsim.scenario.CartSchema;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Calibration driver: key endpoints for several seeds (args: scenario|- days nSeeds [--set k=v ...]). */
public final class Seeds {
    public static void main(String[] a) throws Exception {
        List<String> sets = new ArrayList<>();
        for (int i = 3; i < a.length; i++) sets.add(a[i]);
        Scenario s = a[0].equals("-") ? ScenarioLoader.defaults(CartSchema.get(), sets) : ScenarioLoader.load(Path.of(a[0]), sets, CartSchema.get());
        double days = Double.parseDouble(a[1]);
        int n = Integer.parseInt(a[2]);
        String[] keys = {"best_response", "tumor_pct_baseline_day28", "relapse_day", "relapse_antigen_negative", "cart_peak_day", "cart_peak_cells", "cart_peak_blood_per_ul", "crs_max_grade", "crs_onset_day", "crs_duration_days", "icans_max_grade", "il6_peak_pg_per_ml", "tocilizumab_doses", "steroids_given"};
        System.out.println("seed " + String.join(" ", keys) + " wall");
        List<String> lines = IntStream.rangeClosed(1, n).parallel().mapToObj(seed -> {
            RunOutput r = Simulation.run(s, seed, days, null);
            StringBuilder sb = new StringBuilder().append(seed);
            Map<String, Object> m = r.summary();
            for (String k : keys) {
                Object v = m.get(k);
                sb.append(' ').append(v instanceof Double d ? String.format("%.1f", d) : String.valueOf(v));
            }
            return sb.append(String.format(" %.1fs", r.wallSeconds())).toString();
        }).toList();
        lines.forEach(System.out::println);
    }
}
