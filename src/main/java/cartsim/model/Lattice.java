package cartsim.model;

/** Neighbour offsets shared by the agents. Index d in 0..7 walks the Moore neighbourhood. */
final class Lattice {
    static final int[] DX8 = {1, 1, 0, -1, -1, -1, 0, 1};
    static final int[] DY8 = {0, 1, 1, 1, 0, -1, -1, -1};
    /** von Neumann moves for the random walk */
    static final int[] DX4 = {1, 0, -1, 0};
    static final int[] DY4 = {0, 1, 0, -1};

    private Lattice() {}
}
