package cartsim.experiment.calibration;

import cartsim.experiment.TrialLoader;
import cartsim.experiment.TrialSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calibration files shipped in calibration/ load, and the joint fit is ready to run: every
 * published figure of the three calibration trials is a target, with at least 200 patients and
 * 60 days of follow-up per evaluation (it is not run here: it is a cluster job).
 */
class BundledCalibrationsTest {
    @Test
    void everyBundledCalibrationLoads() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("calibration"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 2, files.toString());
        for (Path f : files) {
            CalibrationSpec spec = CalibrationLoader.load(f);
            assertEquals(0, spec.evaluations() % spec.population(), f.toString());
        }
    }

    @Test
    void theJointFitTargetsEveryPublishedFigureOfTheThreeTrials() throws Exception {
        CalibrationSpec spec = CalibrationLoader.load(Path.of("calibration/joint.yaml"));
        assertEquals(List.of("eliana", "zuma-1", "karmma"), spec.targets().stream().map(CalibrationSpec.Target::id).toList());
        for (CalibrationSpec.Target t : spec.targets()) {
            TrialSpec original = TrialLoader.load(t.file(), TrialLoader.Overrides.none());
            Set<String> fitted = t.metrics().stream().map(CalibrationSpec.MetricTarget::metric).collect(Collectors.toSet());
            assertEquals(original.published().keySet(), fitted, t.id() + ": every published figure is a target");
            assertTrue(t.trial().patients() >= 200, t.id() + ": at least 200 patients per evaluation");
            assertTrue(t.trial().scenario().d("simulation.days") >= 60, t.id() + ": at least 60 days");
            if (fitted.contains("rfs_12mo_responders")) {
                assertTrue(t.trial().scenario().d("simulation.days") >= 365, t.id() + ": the 12-month landmark needs a year");
            }
        }
        assertTrue(spec.free().size() >= 3);
    }
}
