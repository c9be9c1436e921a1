package cartsim.experiment.calibration;

import cartsim.experiment.Seeds;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * CMA-ES with rank-μ and rank-one updates and cumulative step-size adaptation, as in Hansen's
 * tutorial ("The CMA Evolution Strategy: A Tutorial", 2016, its purecma reference code), with
 * commons-math3 for the eigendecomposition. commons-math3's CMAESOptimizer runs its own closed
 * loop (it calls the objective itself and keeps its state private), so it cannot hand out a
 * generation, stop, and continue in another process; this class is the same algorithm as an
 * ask/tell object. Candidates outside the unit cube are evaluated at the nearest point inside
 * and ranked with a quadratic penalty on the distance (Hansen's boundary handling by repair).
 */
final class Cmaes implements Search {
    /** ranking penalty per squared unit-cube distance outside the bounds */
    static final double BOUND_PENALTY = 1e4;

    private final long seed;
    private final int n, lambda, mu;
    private final double[] weights;
    private final double mueff, cc, cs, c1, cmu, damps, chiN;
    private RealVector mean, pc, ps;
    private RealMatrix c, b, invSqrtC;
    private double[] d;
    private double sigma;
    private int told;
    private List<double[]> pending;

    Cmaes(CalibrationSpec spec) {
        this.seed = spec.seed();
        this.n = spec.free().size();
        this.lambda = spec.population();
        this.mu = lambda / 2;
        double[] w = new double[mu];
        double sum = 0;
        for (int i = 0; i < mu; i++) sum += w[i] = Math.log(mu + 0.5) - Math.log(i + 1);
        double sq = 0;
        for (int i = 0; i < mu; i++) {
            w[i] /= sum;
            sq += w[i] * w[i];
        }
        this.weights = w;
        this.mueff = 1 / sq;
        this.cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
        this.cs = (mueff + 2) / (n + mueff + 5);
        this.c1 = 2 / ((n + 1.3) * (n + 1.3) + mueff);
        this.cmu = Math.min(1 - c1, 2 * (mueff - 2 + 1 / mueff) / ((n + 2) * (n + 2) + mueff));
        this.damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
        this.chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        double[] start = new double[n];
        for (int i = 0; i < n; i++) start[i] = spec.free().get(i).unit(spec.free().get(i).start());
        this.mean = new ArrayRealVector(start);
        this.pc = new ArrayRealVector(n);
        this.ps = new ArrayRealVector(n);
        this.c = MatrixUtils.createRealIdentityMatrix(n);
        this.b = MatrixUtils.createRealIdentityMatrix(n);
        this.invSqrtC = MatrixUtils.createRealIdentityMatrix(n);
        this.d = new double[n];
        Arrays.fill(d, 1);
        this.sigma = spec.sigma();
    }

    @Override
    public int population() {
        return lambda;
    }

    @Override
    public List<double[]> ask(int generation) {
        if (generation != told) throw new IllegalStateException("generation " + generation + " asked after " + told + " told");
        RandomGenerator rng = new Well19937c(Seeds.derive(seed, "cmaes", generation));
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < lambda; k++) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = d[i] * rng.nextGaussian();
            out.add(mean.add(b.operate(new ArrayRealVector(z)).mapMultiply(sigma)).toArray());
        }
        pending = out;
        return out;
    }

    @Override
    public void tell(int generation, double[] losses) {
        List<double[]> x = pending;
        Integer[] order = new Integer[lambda];
        double[] f = new double[lambda];
        for (int k = 0; k < lambda; k++) {
            order[k] = k;
            f[k] = losses[k] + BOUND_PENALTY * outside(x.get(k));
        }
        // stable: equal fitness keeps ask order, so the ranking never depends on anything but the losses
        Arrays.sort(order, Comparator.comparingDouble(k -> f[k]));
        RealVector old = mean;
        RealVector m = new ArrayRealVector(n);
        for (int i = 0; i < mu; i++) m = m.add(new ArrayRealVector(x.get(order[i])).mapMultiply(weights[i]));
        mean = m;
        told = generation + 1;
        RealVector y = mean.subtract(old).mapDivide(sigma);
        ps = ps.mapMultiply(1 - cs).add(invSqrtC.operate(y).mapMultiply(Math.sqrt(cs * (2 - cs) * mueff)));
        double psNorm = ps.getNorm();
        boolean hsig = psNorm / Math.sqrt(1 - Math.pow(1 - cs, 2.0 * told)) / chiN < 1.4 + 2.0 / (n + 1);
        pc = pc.mapMultiply(1 - cc);
        if (hsig) pc = pc.add(y.mapMultiply(Math.sqrt(cc * (2 - cc) * mueff)));
        RealMatrix rankMu = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < mu; i++) {
            RealVector a = new ArrayRealVector(x.get(order[i])).subtract(old).mapDivide(sigma);
            rankMu = rankMu.add(a.outerProduct(a).scalarMultiply(weights[i]));
        }
        double c1a = c1 * (hsig ? 1 : 1 - cc * (2 - cc));
        c = c.scalarMultiply(1 - c1a - cmu).add(pc.outerProduct(pc).scalarMultiply(c1)).add(rankMu.scalarMultiply(cmu));
        sigma *= Math.exp(Math.min(1, (cs / damps) * (psNorm / chiN - 1)));
        decompose();
    }

    /** C = B diag(d²) Bᵀ, kept exactly symmetric so the decomposition is deterministic and real */
    private void decompose() {
        RealMatrix sym = c.add(c.transpose()).scalarMultiply(0.5);
        c = sym;
        EigenDecomposition e = new EigenDecomposition(sym);
        b = e.getV();
        double[] ev = e.getRealEigenvalues();
        double[] inv = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(Math.max(ev[i], 1e-20));
            inv[i] = 1 / d[i];
        }
        invSqrtC = b.multiply(MatrixUtils.createRealDiagonalMatrix(inv)).multiply(b.transpose());
    }

    /** squared distance of x from the unit cube */
    static double outside(double[] x) {
        double s = 0;
        for (double v : x) {
            double o = v < 0 ? -v : v > 1 ? v - 1 : 0;
            s += o * o;
        }
        return s;
    }

    double sigma() {
        return sigma;
    }
}
