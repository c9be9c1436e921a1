package cartsim.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Partial rank correlation coefficients (Marino et al. 2008): how monotonically an output depends
 * on one input once the linear effect of the other inputs' ranks is removed. Steps: rank-transform
 * inputs and output; regress the input's ranks and the output's ranks on the other inputs' ranks
 * (with intercept); correlate the two residual vectors. The p-value tests PRCC = 0 with
 * t = r·√((n−2−p)/(1−r²)) on n−2−p degrees of freedom, p being the number of inputs held fixed.
 */
public final class Prcc {
    public record Result(double prcc, double pValue) {}

    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private Prcc() {}

    /**
     * @param x n×k inputs (row = one run)
     * @param y n outputs
     * @return one result per input column; NaN when undefined (constant output or input, or too
     *         few runs for the degrees of freedom)
     */
    public static Result[] compute(double[][] x, double[] y) {
        int n = y.length;
        if (x.length != n) throw new IllegalArgumentException("x has " + x.length + " rows, y has " + n);
        int k = n == 0 ? 0 : x[0].length;
        Result[] out = new Result[k];
        if (n < k + 3) {
            // fewer runs than the regression and the test need: nothing can be said
            java.util.Arrays.fill(out, new Result(Double.NaN, Double.NaN));
            return out;
        }
        double[][] rx = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) col[i] = x[i][j];
            rx[j] = RANKING.rank(col);
        }
        double[] ry = RANKING.rank(y);
        for (int j = 0; j < k; j++) {
            RealMatrix others = design(rx, j, n);
            double r = correlation(residuals(others, rx[j]), residuals(others, ry));
            out[j] = new Result(r, pValue(r, n, k - 1));
        }
        return out;
    }

    /** columns: intercept, then every ranked input but {@code skip} */
    private static RealMatrix design(double[][] rx, int skip, int n) {
        int k = rx.length;
        double[][] d = new double[n][k];
        for (int i = 0; i < n; i++) {
            d[i][0] = 1;
            for (int j = 0, c = 1; j < k; j++) if (j != skip) d[i][c++] = rx[j][i];
        }
        return new Array2DRowRealMatrix(d, false);
    }

    /** y minus its least-squares fit on the design's columns */
    private static double[] residuals(RealMatrix design, double[] y) {
        RealVector v = new ArrayRealVector(y, false);
        try {
            RealVector beta = new QRDecomposition(design, 1e-12).getSolver().solve(v);
            return v.subtract(design.operate(beta)).toArray();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            // collinear inputs (e.g. fewer runs than inputs): no partial correlation can be defined
            double[] nan = new double[y.length];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
    }

    static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        // residuals that are zero up to rounding mean the variable carries no information
        double scale = Math.max(1e-300, (saa + sbb) * 1e-20);
        if (saa <= scale || sbb <= scale) return Double.NaN;
        return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
    }

    static double pValue(double r, int n, int heldFixed) {
        int dof = n - 2 - heldFixed;
        if (Double.isNaN(r) || dof < 1) return Double.NaN;
        if (Math.abs(r) >= 1) return 0;
        double t = r * Math.sqrt(dof / (1 - r * r));
        return 2 * new TDistribution(dof).cumulativeProbability(-Math.abs(t));
    }
}
