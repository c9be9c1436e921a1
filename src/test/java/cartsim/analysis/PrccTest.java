package cartsim.analysis;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrccTest {
    @Test
    void recoversSignsOfPlantedMonotoneDependence() {
        // y = x1² − 3·x2 + noise with x1, x2, x3 uniform on (0, 1): y rises with x1 (monotone on (0,1)),
        // falls with x2 and ignores x3
        Well19937c rng = new Well19937c(42);
        int n = 200;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) x[i][j] = rng.nextDouble();
            y[i] = x[i][0] * x[i][0] - 3 * x[i][1] + 0.1 * rng.nextGaussian();
        }
        Prcc.Result[] r = Prcc.compute(x, y);
        assertTrue(r[0].prcc() > 0.5, "x1: " + r[0]);
        assertTrue(r[1].prcc() < -0.9, "x2: " + r[1]);
        assertTrue(Math.abs(r[2].prcc()) < 0.2, "x3: " + r[2]);
        assertTrue(r[0].pValue() < 1e-6 && r[1].pValue() < 1e-6);
        assertTrue(r[2].pValue() > 0.01, "x3 p: " + r[2].pValue());
    }

    @Test
    void singleInputIsSpearmanWithTTest() {
        // one input: nothing to hold fixed, PRCC = Spearman's rho of ranks (1,2,3,4,5) vs (2,1,4,3,5)
        // Σd² = 1+1+1+1+0 = 4, rho = 1 − 6·4/(5·24) = 0.8; t = 0.8·√(3/0.36) = 2.309401, dof 3
        // two-sided p = 2·(1 − T3(2.3094)) = 0.104088
        Prcc.Result[] r = Prcc.compute(new double[][]{{1}, {2}, {3}, {4}, {5}}, new double[]{2, 1, 4, 3, 5});
        assertEquals(0.8, r[0].prcc(), 1e-12);
        assertEquals(0.1041, r[0].pValue(), 1e-4);
    }

    @Test
    void undefinedForConstantOutputOrTooFewRuns() {
        Prcc.Result[] r = Prcc.compute(new double[][]{{1}, {2}, {3}, {4}}, new double[]{1, 1, 1, 1});
        assertTrue(Double.isNaN(r[0].prcc()));
        Prcc.Result[] few = Prcc.compute(new double[][]{{1, 2}, {2, 1}, {3, 3}}, new double[]{1, 2, 3});
        assertTrue(Double.isNaN(few[0].prcc()));
    }
}
