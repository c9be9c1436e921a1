package cartsim.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lymphoma is seeded as nodules of a fixed size ({@code disease.nodule_spacing_um}), so a tile
 * of 4× the sites holds 4 nodules like the default tile's one, not one mass of twice the radius
 * (whose surface-to-volume ratio, and so CAR-T access, would depend on the tile). With the spacing
 * set far above the tile (the old layout) the bigger tile holds one big disc and the test fails.
 */
class NoduleLayoutTest {

    /** sizes of the 4-connected groups of tumor cells on the seeded axi-cel tile of the given side */
    static List<Integer> nodules(int side, String... sets) throws Exception {
        String[] all = new String[sets.length + 2];
        all[0] = "simulation.lattice_width=" + side;
        all[1] = "simulation.lattice_height=" + side;
        System.arraycopy(sets, 0, all, 2, sets.length);
        CarTModel m = new CarTModel(ProductCompositionTest.preset("axi-cel-lbcl.yaml", all), 1);
        m.start();
        int n = side * side;
        boolean[] seen = new boolean[n];
        List<Integer> sizes = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (seen[s] || m.tumor.state[s] != Tumor.LIVE) continue;
            int size = 0;
            java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>(List.of(s));
            seen[s] = true;
            while (!q.isEmpty()) {
                int c = q.poll();
                size++;
                int x = c % side, y = c / side;
                int[] next = {x > 0 ? c - 1 : -1, x < side - 1 ? c + 1 : -1, y > 0 ? c - side : -1, y < side - 1 ? c + side : -1};
                for (int d : next)
                    if (d >= 0 && !seen[d] && m.tumor.state[d] == Tumor.LIVE) {
                        seen[d] = true;
                        q.add(d);
                    }
            }
            sizes.add(size);
        }
        return sizes;
    }

    @Test
    void aBiggerTileHoldsMoreNodulesOfTheSameSize() throws Exception {
        List<Integer> one = nodules(100), four = nodules(200);
        assertEquals(1, one.size(), "the default tile holds one nodule: " + one);
        assertEquals(4, four.size(), "a tile of twice the side holds four: " + four);
        for (int size : four) assertEquals(one.get(0), size, one.get(0) * 0.02, "nodules of the same size: " + four + " vs " + one);
    }
}
