package cartsim.model;

/**
 * Lattice geometry without divisions in the hot loops: per site, one byte says which of the four
 * sides have a neighbour (bit 0 right, 1 down, 2 left, 3 up); index offsets give the neighbour.
 * Moore direction d (0..7) walks E, SE, S, SW, W, NW, N, NE.
 */
final class Lattice {
    static final int[] DX8 = {1, 1, 0, -1, -1, -1, 0, 1};
    static final int[] DY8 = {0, 1, 1, 1, 0, -1, -1, -1};
    /** side bits a Moore direction needs */
    static final int[] NEED8 = {1, 1 | 2, 2, 2 | 4, 4, 4 | 8, 8, 8 | 1};

    final int w, h;
    /** per site: bit set = a neighbour exists on that side */
    final byte[] sides;
    /** von Neumann offsets for directions 0..3 (right, down, left, up) */
    final int[] off4;
    /** Moore offsets for directions 0..7 */
    final int[] off8;

    Lattice(int w, int h) {
        this.w = w;
        this.h = h;
        sides = new byte[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int b = 0;
                if (x < w - 1) b |= 1;
                if (y < h - 1) b |= 2;
                if (x > 0) b |= 4;
                if (y > 0) b |= 8;
                sides[y * w + x] = (byte) b;
            }
        off4 = new int[]{1, w, -1, -w};
        off8 = new int[8];
        for (int d = 0; d < 8; d++) off8[d] = DY8[d] * w + DX8[d];
    }

    /** true if site s has a neighbour in von Neumann direction d */
    boolean has4(int s, int d) {
        return (sides[s] >> d & 1) != 0;
    }

    /** true if site s has a neighbour in Moore direction d */
    boolean has8(int s, int d) {
        return (sides[s] & NEED8[d]) == NEED8[d];
    }
}
