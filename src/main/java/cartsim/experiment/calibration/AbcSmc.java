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
 * ABC-SMC (Toni et al. 2009) with the Beaumont et al. (2009) population Monte Carlo weights and
 * Gaussian kernel of twice the weighted covariance. Each generation proposes a fixed number of
 * particles (so a generation is a fixed batch that --ask can hand out) and the tolerance adapts
 * (Del Moral et al. 2012; Drovandi and Pettitt 2011): generation 0 accepts the best
 * {@code quantile} of its prior draws, every later generation accepts the proposals within the
 * {@code quantile} of the previous population's distances. The distance is the calibration loss.
 * The last generation's accepted, weighted particles are the posterior sample.
 */
final class AbcSmc implements Search {
    /** a draw outside the bounds is redrawn; after this many tries the kernel is hopeless and the parent is kept */
    private static final int MAX_TRIES = 10_000;

    /** an accepted particle: unit-cube position, normalised weight, loss and its evaluation's number */
    record Particle(double[] u, double weight, double loss, int evaluation) {}

    private final CalibrationSpec spec;
    private final int n, population, keep;
    private List<Particle> particles = List.of();
    private double tolerance = Double.POSITIVE_INFINITY;
    private RealMatrix kernel, kernelRoot, kernelInverse;
    private double kernelNorm;
    private List<double[]> pending;
    private int told;

    AbcSmc(CalibrationSpec spec) {
        this.spec = spec;
        this.n = spec.free().size();
        this.population = spec.population();
        this.keep = Math.max(2, (int) Math.ceil(spec.quantile() * population));
    }

    @Override
    public int population() {
        return population;
    }

    @Override
    public List<double[]> ask(int generation) {
        if (generation != told) throw new IllegalStateException("generation " + generation + " asked after " + told + " told");
        RandomGenerator rng = new Well19937c(Seeds.derive(spec.seed(), "abc-smc", generation));
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < population; k++) out.add(generation == 0 ? fromPrior(rng) : perturbed(rng));
        pending = out;
        return out;
    }

    private double[] fromPrior(RandomGenerator rng) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) u[i] = spec.free().get(i).quantile(rng.nextDouble());
        return u;
    }

    private double[] perturbed(RandomGenerator rng) {
        for (int tries = 0; ; tries++) {
            double pick = rng.nextDouble(), acc = 0;
            Particle parent = particles.get(particles.size() - 1);
            for (Particle p : particles) {
                acc += p.weight();
                if (pick < acc) {
                    parent = p;
                    break;
                }
            }
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = rng.nextGaussian();
            double[] u = new ArrayRealVector(parent.u()).add(kernelRoot.operate(new ArrayRealVector(z))).toArray();
            if (prior(u) > 0) return u;
            if (tries >= MAX_TRIES) return parent.u().clone();
        }
    }

    @Override
    public void tell(int generation, double[] losses) {
        Integer[] order = new Integer[population];
        for (int k = 0; k < population; k++) order[k] = k;
        Arrays.sort(order, Comparator.comparingDouble(k -> losses[k]));
        // generation 0 keeps the best share of the prior draws; later ones accept every proposal
        // within the next tolerance, the same share of the last population's distances
        int accepted;
        if (generation == 0) {
            accepted = keep;
        } else {
            double[] before = particles.stream().mapToDouble(Particle::loss).sorted().toArray();
            double eps = before[Math.max(0, (int) Math.ceil(spec.quantile() * before.length) - 1)];
            accepted = 0;
            while (accepted < population && losses[order[accepted]] <= eps) accepted++;
            // too few inside: keep the two best, so the kernel stays defined (the tolerance then rises a little)
            accepted = Math.max(accepted, 2);
        }
        List<Particle> next = new ArrayList<>();
        double total = 0;
        double[] w = new double[accepted];
        for (int i = 0; i < accepted; i++) {
            double[] u = pending.get(order[i]);
            w[i] = generation == 0 ? 1 : prior(u) / mixture(u);
            total += w[i];
        }
        for (int i = 0; i < accepted; i++) {
            int k = order[i];
            next.add(new Particle(pending.get(k), w[i] / total, losses[k], generation * population + k));
        }
        particles = List.copyOf(next);
        tolerance = losses[order[accepted - 1]];
        told = generation + 1;
        fitKernel();
    }

    /** Σ_j w_j K(u | u_j): the density the proposals were drawn from */
    private double mixture(double[] u) {
        double s = 0;
        for (Particle p : particlesBefore) s += p.weight() * kernelDensity(u, p.u());
        return s;
    }

    private List<Particle> particlesBefore = List.of();

    private double kernelDensity(double[] u, double[] centre) {
        RealVector dlt = new ArrayRealVector(u).subtract(new ArrayRealVector(centre));
        return kernelNorm * Math.exp(-0.5 * dlt.dotProduct(kernelInverse.operate(dlt)));
    }

    /** Beaumont 2009: the kernel is a normal with twice the weighted covariance of the accepted particles */
    private void fitKernel() {
        particlesBefore = particles;
        double[] m = new double[n];
        for (Particle p : particles) for (int i = 0; i < n; i++) m[i] += p.weight() * p.u()[i];
        RealMatrix cov = MatrixUtils.createRealMatrix(n, n);
        for (Particle p : particles) {
            RealVector dlt = new ArrayRealVector(p.u()).subtract(new ArrayRealVector(m));
            cov = cov.add(dlt.outerProduct(dlt).scalarMultiply(p.weight()));
        }
        kernel = cov.scalarMultiply(2);
        kernel = kernel.add(kernel.transpose()).scalarMultiply(0.5);
        EigenDecomposition e = new EigenDecomposition(kernel);
        double[] ev = e.getRealEigenvalues();
        double[] root = new double[n], inv = new double[n];
        double det = 1;
        for (int i = 0; i < n; i++) {
            // identical particles would give a singular kernel: keep a floor of (1e-4 of the range)²
            double v = Math.max(ev[i], 1e-8);
            root[i] = Math.sqrt(v);
            inv[i] = 1 / v;
            det *= v;
        }
        RealMatrix vm = e.getV();
        kernelRoot = vm.multiply(MatrixUtils.createRealDiagonalMatrix(root));
        kernelInverse = vm.multiply(MatrixUtils.createRealDiagonalMatrix(inv)).multiply(vm.transpose());
        kernelNorm = 1 / Math.sqrt(Math.pow(2 * Math.PI, n) * det);
    }

    private double prior(double[] u) {
        double p = 1;
        for (int i = 0; i < n; i++) p *= spec.free().get(i).density(u[i]);
        return p;
    }

    List<Particle> particles() {
        return particles;
    }

    double tolerance() {
        return tolerance;
    }
}
