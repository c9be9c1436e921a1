package cartsim.experiment;

import cartsim.model.Endpoint;
import cartsim.scenario.ScenarioException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * What a virtual trial's patients cost to simulate, for planning a trial's compute and for finding
 * where its time goes: the trial's own infused patients (same sampled values, same seeds as
 * {@code cartsim trial}) run on the given threads, each patient timed on its worker, grouped by
 * best response. A benchmark, not a result: the seconds are this machine's, so nothing here is
 * written into a results folder.
 */
public final class TrialCost {
    private TrialCost() {}

    /** one simulated patient: its best response, model seconds, agent-steps and phase seconds */
    public record Patient(int id, String bestResponse, double seconds, long agentSteps, Map<String, Double> phaseSeconds) {}

    /** the batch: enrolled count, the patients, and the wall time of the parallel batch */
    public record Result(String trial, int enrolled, double days, int threads, double wallSeconds, List<Patient> patients) {

        /** the figures as one ordered map (JSON line or aligned text) */
        public Map<String, Object> toMap() {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("trial", trial);
            o.put("patients_enrolled", enrolled);
            o.put("patients_infused", patients.size());
            o.put("days", days);
            o.put("threads", threads);
            o.put("wall_seconds", round3(wallSeconds));
            o.put("infused_patients_per_minute", round1(patients.size() / Math.max(1e-9, wallSeconds) * 60));
            // a trial of 1000 enrolled patients with the same infused share, model time only (no JVM start)
            o.put("projected_1000_patient_seconds", Math.round(wallSeconds * 1000.0 / Math.max(1, enrolled)));
            o.putAll(stats("patient_seconds", patients));
            Map<String, List<Patient>> byClass = new TreeMap<>();
            for (Patient p : patients) byClass.computeIfAbsent(p.bestResponse(), k -> new ArrayList<>()).add(p);
            double total = patients.stream().mapToDouble(Patient::seconds).sum();
            Map<String, Object> classes = new LinkedHashMap<>();
            byClass.forEach((k, ps) -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("patients", ps.size());
                c.putAll(stats("seconds", ps));
                c.put("share_of_time", round3(ps.stream().mapToDouble(Patient::seconds).sum() / Math.max(1e-9, total)));
                c.put("mean_agent_steps", Math.round(ps.stream().mapToLong(Patient::agentSteps).average().orElse(0)));
                classes.put(k, c);
            });
            o.put("by_best_response", classes);
            Map<String, Double> phases = new LinkedHashMap<>();
            for (Patient p : patients) p.phaseSeconds().forEach((k, v) -> phases.merge(k, v, Double::sum));
            double sum = phases.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Object> share = new LinkedHashMap<>();
            phases.forEach((k, v) -> share.put(k, round3(v / Math.max(1e-9, sum))));
            o.put("phase_share", share);
            return o;
        }
    }

    /** simulates the infused patients of {@code spec} on {@code threads} workers and times them */
    public static Result measure(TrialSpec spec, int threads) throws ScenarioException, InterruptedException, java.io.IOException {
        List<Callable<Patient>> tasks = new ArrayList<>();
        for (TrialJob.Infused e : TrialJob.infused(spec)) {
            tasks.add(() -> {
                RunOutput o = Simulation.run(e.scenario(), e.seed(), null, null);
                Object best = o.summary().get(Endpoint.BEST_RESPONSE.key());
                return new Patient(e.id(), String.valueOf(best), o.wallSeconds(), o.agentSteps(), o.phaseSeconds());
            });
        }
        List<Patient> done = new ArrayList<>();
        long t0 = System.nanoTime();
        ParallelRuns.run(tasks, threads, done::add);
        double wall = (System.nanoTime() - t0) / 1e9;
        done.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return new Result(spec.name(), spec.patients(), spec.scenario().d("simulation.days"), threads, wall, List.copyOf(done));
    }

    private static Map<String, Object> stats(String name, List<Patient> ps) {
        double[] s = ps.stream().mapToDouble(Patient::seconds).sorted().toArray();
        Map<String, Object> o = new LinkedHashMap<>();
        if (s.length == 0) return o;
        int n = s.length;
        o.put(name + "_median", round3(new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(s)));
        o.put(name + "_mean", round3(Arrays.stream(s).average().orElse(0)));
        o.put(name + "_range", List.of(round3(s[0]), round3(s[n - 1])));
        return o;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
