package cartsim.experiment.calibration;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static cartsim.experiment.calibration.CalibrationFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad calibration files get what bad scenarios get: one line with file:line, exit 2, no folder. */
class BadCalibrationFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown top key | 'method: cmaes' | 'method: cmaes\nmethd: x' | calibration.yaml:4:1: methd: unknown key",
            "bad method | 'method: cmaes' | 'method: nelder-mead' | calibration.yaml:3:9: method: \"nelder-mead\" is not allowed",
            "metric without published value | 'crs_any: {weight: 4}' | 'icans_any: {weight: 4}' | calibration.yaml:9:7: targets[1].metrics.icans_any: the trial file has no published value",
            "unknown metric | 'crs_any: {weight: 4}' | 'crs_sny: {weight: 4}' | calibration.yaml:9:7: targets[1].metrics.crs_sny: unknown key",
            "sd and weight | 'crs_any: {weight: 4}' | 'crs_any: {weight: 4, sd: 1}' | calibration.yaml:9:16: targets[1].metrics.crs_any: give exactly one of sd and weight",
            "unknown parameter | 'cart.division_time_h:' | 'cart.divison_time_h:' | calibration.yaml:11:3: free.cart.divison_time_h: unknown parameter",
            "whole-number parameter | 'patient.blood_share_of_circulating_pool: {min: 0.01, max: 0.04}' | 'simulation.lattice_width: {min: 10, max: 40}' | calibration.yaml:12:3: free.simulation.lattice_width: only real-valued parameters",
            "bound outside the schema | 'max: 0.04}' | 'max: 4}' | calibration.yaml:12:61: free.patient.blood_share_of_circulating_pool.max: 4 is out of range",
            "log with min 0 | 'cart.division_time_h: {min: 10, max: 40, scale: log, start: 25}' | 'crs.fever_index_pg_per_ml: {min: 0, max: 40, scale: log}' | calibration.yaml:11:55: free.crs.fever_index_pg_per_ml.scale: log needs min > 0",
            "start outside bounds | 'start: 25' | 'start: 50' | calibration.yaml:11:63: free.cart.division_time_h.start: 50 is out of range",
            "budget not whole generations | 'evaluations: 12' | 'evaluations: 10' | calibration.yaml:4:23: budget.evaluations: 10 is not a whole number of generations of 4",
            "settings of the other method | 'cmaes: {population: 4, sigma: 0.3}' | 'abc: {population: 4}' | calibration.yaml:13:1: abc: only for method abc-smc",
            "free parameter the trial varies | 'patient.blood_share_of_circulating_pool: {min: 0.01, max: 0.04}' | 'patient.weight_kg: {min: 30, max: 50}' | calibration.yaml:6:12: targets[1].trial: this trial draws patient.weight_kg per patient",
            "missing trial file | 'trial: trial.yaml' | 'trial: nope.yaml' | calibration.yaml:6:12: targets[1].trial: file not found",
            "prior against the scale | 'start: 25}' | 'start: 25, prior: {dist: normal, mean: 20, sd: 5}}' | calibration.yaml:11:81: free.cart.division_time_h.prior.dist: normal does not match scale log",
    })
    void oneLineExitTwoNoFolder(String what, String from, String to, String expected, @TempDir Path dir) throws Exception {
        String text = CalibrationFixtures.CMAES.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertTrue(!text.equals(CalibrationFixtures.CMAES), what + ": the fixture did not change");
        Path file = CalibrationFixtures.calibration(dir, text);
        Path out = dir.resolve("out");
        CalibrationFixtures.Result r = cli("calibrate", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.code(), what + ": " + r.err());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), what + ": " + r.err());
        assertTrue(line.startsWith(file.getParent().toString()) && line.contains(expected), what + ": " + line);
        assertFalse(Files.exists(out), what + ": a folder was written");
        assertFalse(line.contains("Exception"), line);
    }
}
