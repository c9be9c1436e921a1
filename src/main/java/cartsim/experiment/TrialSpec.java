package cartsim.experiment;

import cartsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated virtual-trial file with command-line overrides applied.
 *
 * @param scenario              the product/disease scenario with follow-up days applied
 * @param patients              patients enrolled (intention to treat)
 * @param variability           parameter path → distribution, in file order
 * @param manufacturingFailure  probability an enrolled patient gets no product
 * @param progressionBeforeInfusion probability an enrolled patient is not infused (death, progression)
 * @param published             metric → published value, for the report
 * @param grading               the CRS and neurotoxicity scales the trial reported
 * @param protocol              the management protocol file as named in the trial file, or null
 */
public record TrialSpec(String name, Path file, Scenario scenario, int patients, long seed,
                        Map<String, Distribution> variability, double manufacturingFailure,
                        double progressionBeforeInfusion, Map<String, Double> published,
                        TrialGrading grading, String protocol) {
    public List<String> sampledPaths() {
        return List.copyOf(variability.keySet());
    }
}
