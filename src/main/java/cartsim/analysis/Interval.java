package cartsim.analysis;

/**
 * A point estimate with its confidence interval. {@code low}/{@code high} are NaN when the
 * interval is undefined (too few observations), so writers can leave the cells empty.
 */
public record Interval(double estimate, double low, double high) {
    public static Interval undefined(double estimate) {
        return new Interval(estimate, Double.NaN, Double.NaN);
    }
}
