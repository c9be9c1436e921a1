package cartsim.model;

import java.util.List;

/** Target antigens known to the model; the index is the column in the per-cell antigen arrays. */
public final class Antigen {
    public static final int CD19 = 0, CD22 = 1, BCMA = 2, COUNT = 3;
    public static final List<String> NAMES = List.of("CD19", "CD22", "BCMA");

    private Antigen() {}

    public static int index(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("unknown antigen " + name);
        return i;
    }
}
