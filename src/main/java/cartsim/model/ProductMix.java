package cartsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The infused cells with the product's composition met exactly: CD4 count = round(n·f₄), and
 * within CD4 and within CD8 the memory count = round(count·f_m). A manufactured product is
 * released with a measured composition, so drawing each cell's subset independently (a 1:1
 * product coming out 3:8 in 11 cells) is sampling noise the patient never sees. The order is a
 * random permutation, so no subset is systematically first to infiltrate.
 */
final class ProductMix {
    private ProductMix() {}

    /** n cells as {phenotype, cd4 ? 1 : 0}, shuffled with the model's generator */
    static byte[][] cells(int n, double cd4Fraction, double memoryFraction, MersenneTwisterFast rng) {
        int cd4 = (int) Math.round(n * cd4Fraction);
        int mem4 = (int) Math.round(cd4 * memoryFraction);
        int mem8 = (int) Math.round((n - cd4) * memoryFraction);
        byte[][] cells = new byte[n][];
        int k = 0;
        for (int i = 0; i < cd4; i++) cells[k++] = new byte[]{i < mem4 ? CarT.MEMORY : CarT.EFFECTOR, 1};
        for (int i = 0; i < n - cd4; i++) cells[k++] = new byte[]{i < mem8 ? CarT.MEMORY : CarT.EFFECTOR, 0};
        for (int i = n - 1; i > 0; i--) { // Fisher–Yates
            int j = rng.nextInt(i + 1);
            byte[] c = cells[i];
            cells[i] = cells[j];
            cells[j] = c;
        }
        return cells;
    }
}
