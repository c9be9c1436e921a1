package cartsim.experiment;

import cartsim.scenario.Location;
import cartsim.scenario.Param;
import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Enrols the virtual patients of a trial, samples their parameters and simulates the infused
 * ones in parallel. Everything about patient i (enrolment draws, sampled values, simulation
 * seed) comes from (trial seed, i) alone, so results do not depend on threads, and the first
 * patients stay the same when --patients grows.
 */
public final class TrialJob {
    public static final String MANUFACTURING_FAILURE = "manufacturing_failure", PROGRESSION = "progression_before_infusion";

    private TrialJob() {}

    /** a patient ready to run: its scenario is already validated */
    private record Enrolled(int id, long seed, String notInfused, Map<String, Object> sampled, Scenario scenario) {}

    /**
     * Runs the patients of one shard (patient i belongs to shard K of N when (i − 1) mod N = K − 1).
     * Each simulated patient is journaled by its worker as soon as it finishes; patients already in
     * the journal with the same seed are taken from it, not simulated again.
     *
     * @param progress called on the calling thread with the number of this shard's infused patients done so far
     * @return the shard's patients in id order
     */
    public static List<TrialPatient> run(TrialSpec spec, Shard shard, Journal journal, int threads, Consumer<Integer> progress)
            throws ScenarioException, IOException, InterruptedException {
        Map<Integer, RunRecord> before = journal.readAll();
        List<Enrolled> enrolled = enrol(spec).stream().filter(e -> shard.owns(e.id() - 1)).toList();
        Map<Integer, TrialPatient> out = new TreeMap<>();
        List<Callable<TrialPatient>> tasks = new ArrayList<>();
        int[] done = {0};
        for (Enrolled e : enrolled) {
            RunRecord had = before.get(e.id());
            if (e.notInfused() != null) {
                out.put(e.id(), new TrialPatient(e.id(), e.seed(), false, e.notInfused(), e.sampled(), null));
            } else if (had != null && had.seed() == e.seed()) {
                out.put(e.id(), patient(e, had));
                done[0]++;
            } else {
                tasks.add(() -> {
                    RunOutput o = Simulation.run(e.scenario(), e.seed(), null, null);
                    RunRecord rec = new RunRecord(e.id(), 0, 0, e.seed(), o.summary());
                    journal.append(rec);
                    return patient(e, rec);
                });
            }
        }
        if (progress != null && done[0] > 0) progress.accept(done[0]);
        ParallelRuns.run(tasks, threads, p -> {
            out.put(p.id(), p);
            if (progress != null) progress.accept(++done[0]);
        });
        return List.copyOf(out.values());
    }

    /** endpoints always come from the journal's record form, so resumed and fresh patients are identical */
    private static TrialPatient patient(Enrolled e, RunRecord rec) {
        return new TrialPatient(e.id(), e.seed(), true, null, e.sampled(), rec.endpoints());
    }

    /** the number of this shard's patients that will be simulated (for progress bars) */
    public static long infusedCount(TrialSpec spec, Shard shard) throws ScenarioException {
        return enrol(spec).stream().filter(e -> e.notInfused() == null && shard.owns(e.id() - 1)).count();
    }

    /** an infused patient of a trial: what the trial simulates for it */
    public record Infused(int id, long seed, Scenario scenario) {}

    /** the trial's infused patients, in id order, as {@link #run} simulates them (for cost measurements) */
    public static List<Infused> infused(TrialSpec spec) throws ScenarioException {
        return enrol(spec).stream().filter(e -> e.notInfused() == null).map(e -> new Infused(e.id(), e.seed(), e.scenario())).toList();
    }

    private static List<Enrolled> enrol(TrialSpec spec) throws ScenarioException {
        List<Enrolled> out = new ArrayList<>();
        for (int id = 1; id <= spec.patients(); id++) {
            RandomGenerator rng = new Well19937c(Seeds.derive(spec.seed(), "patient", id));
            // both draws always happen, so the sampled values do not depend on the enrolment rates
            double uFail = rng.nextDouble(), uProg = rng.nextDouble();
            String notInfused = uFail < spec.manufacturingFailure() ? MANUFACTURING_FAILURE
                    : uProg < spec.progressionBeforeInfusion() ? PROGRESSION : null;
            Map<String, Object> sampled = new LinkedHashMap<>();
            for (Map.Entry<String, Distribution> d : spec.variability().entrySet()) {
                Param p = spec.scenario().schema().find(d.getKey());
                sampled.put(d.getKey(), d.getValue().sample(rng, p));
            }
            Scenario s = null;
            if (notInfused == null) {
                try {
                    s = sampled.isEmpty() ? spec.scenario() : spec.scenario().with(sampled);
                } catch (ScenarioException e) {
                    throw new ScenarioException(new Location(spec.file().toString(), 1, 1), "variability",
                            "patient " + id + "'s sampled values break a rule: " + e.key() + ": " + e.problem()
                                    + "; narrow the distributions", e.allowed());
                }
            }
            out.add(new Enrolled(id, Seeds.derive(spec.seed(), "sim", id), notInfused, sampled, s));
        }
        return out;
    }
}
