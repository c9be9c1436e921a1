package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Time, lattice and output settings of one run. */
public record SimulationParams(
        @Real(value = 60, min = 0.1, max = 3650, unit = "d", source = "reasoned: covers expansion, contraction and early relapse", doc = "days simulated after infusion (day 0)") double days,
        @Real(value = 6, min = 0.25, max = 60, unit = "min", source = "reasoned: resolves a ~25 min CAR-T contact (S55) in several steps", doc = "base time step Δt; slower processes use p = 1 − exp(−rate·Δt)") double step_minutes,
        @Int(value = 150, min = 10, max = 4000, unit = "sites", source = "reasoned: ~2.3 mm section at 15 µm", doc = "lattice width") int lattice_width,
        @Int(value = 150, min = 10, max = 4000, unit = "sites", source = "reasoned", doc = "lattice height") int lattice_height,
        @Int(value = 1000, min = 0, max = 1000000, unit = "agents", source = "reasoned: founder noise of the infused sample has CV ≈ 1/√N, 3 % at 1000, whatever the tile size (docs/model.md §1.2)", doc = "smallest number of simulated CAR-T agents at infusion: a smaller dose is simulated by this many agents, each standing for a fraction of a tile cell, until expansion makes whole cells of them; 0 = one agent per tile cell") int min_cart_agents,
        @Real(value = 15, min = 5, max = 50, unit = "µm", source = "reasoned: blast/lymphocyte diameter 8–12 µm plus interstitium", doc = "edge length of one lattice site (one cell)") double site_size_um,
        @Int(value = 1, min = 0, max = 2147483647, unit = "-", source = "-", doc = "random seed (MersenneTwisterFast); --seed overrides") int seed,
        @Real(value = 6, min = 0.1, max = 720, unit = "h", source = "-", doc = "time-series sampling interval") double output_interval_hours,
        @Flag(value = true, source = "-: numerical switch, exact in distribution (docs/model.md §3.5)", doc = "once the tile holds no live tumor and no CAR-T cell is engaged or stimulated, CAR-T cells stop walking: no tumor can reappear on the tile, so their positions can change no output; death, egress, infiltration and memory conversion go on unchanged") boolean idle_tissue_shortcut) {
}
