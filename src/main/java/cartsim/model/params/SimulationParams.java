package cartsim.model.params;

import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Int;
import cartsim.model.params.P.Real;

/** Time, lattice and output settings of one run. */
public record SimulationParams(
        @Real(value = 60, min = 0.1, max = 3650, unit = "d", source = "reasoned: covers expansion, contraction and early relapse", doc = "days simulated after infusion (day 0)") double days,
        @Real(value = 6, min = 0.25, max = 60, unit = "min", source = "reasoned: resolves a ~25 min CAR-T contact (S55) in several steps", doc = "base time step Δt; slower processes use p = 1 − exp(−rate·Δt)") double step_minutes,
        @Int(value = 100, min = 10, max = 4000, unit = "sites", source = "reasoned: a 1.5 mm section at 15 µm, the smallest tile whose patient outcomes agree with a tile of 4× the sites in the sample-size study (docs/model.md §1.2); patient-scale mechanisms (weighted CAR-T sample, counted subclones) carry what a small tile cannot", doc = "lattice width") int lattice_width,
        @Int(value = 100, min = 10, max = 4000, unit = "sites", source = "reasoned: as lattice_width", doc = "lattice height") int lattice_height,
        @Int(value = 1000, min = 0, max = 1000000, unit = "agents", source = "reasoned: founder noise of the infused sample has CV ≈ 1/√N, 3 % at 1000, whatever the tile size (docs/model.md §1.2)", doc = "smallest number of simulated CAR-T agents at infusion: a smaller dose is simulated by this many agents, each standing for a fraction of a tile cell, until expansion makes whole cells of them; 0 = one agent per tile cell") int min_cart_agents,
        @Real(value = 15, min = 5, max = 50, unit = "µm", source = "reasoned: blast/lymphocyte diameter 8–12 µm plus interstitium", doc = "edge length of one lattice site (one cell)") double site_size_um,
        @Int(value = 1, min = 0, max = 2147483647, unit = "-", source = "-", doc = "random seed of the run's one stream (xoshiro256++, see ModelRandom); --seed overrides") int seed,
        @Real(value = 6, min = 0.1, max = 720, unit = "h", source = "-", doc = "time-series sampling interval") double output_interval_hours,
        @Flag(value = true, source = "reasoned: subclones of 10⁻⁶–10⁻⁵ of ~10¹⁰–10¹¹ cells are 10⁴–10⁶ patient cells (S48: CD19-negative subclones before therapy) but < 1 tile cell (docs/model.md §1.2)", doc = "antigen-escape subclones smaller than the tile can hold are counted in patient cells (seeded, mutated, grown and treated at patient scale) and join the tile once they reach clone_materialise_tile_cells; false = the tile alone (a sub-cell clone is a coin toss)") boolean clone_ledger,
        @Int(value = 200, min = 1, max = 100000, unit = "tile cells", source = "reasoned: a clone joining the tile as M founders carries growth noise of CV ≈ √((b+d)/((b−d)·M)), 10 % at 200 for B-ALL, and cannot die out by chance ((d/b)^200 ≈ 0); Kimmel 2021 (S2) counts stochastically only below ~100 cells", doc = "size at which a counted subclone joins the tile as agents") int clone_materialise_tile_cells,
        @Flag(value = true, source = "-: numerical switch, exact in distribution (docs/model.md §3.5)", doc = "once the tile holds no live tumor and no CAR-T cell is engaged or stimulated, CAR-T cells stop walking: no tumor can reappear on the tile, so their positions can change no output; death, egress, infiltration and memory conversion go on unchanged") boolean idle_tissue_shortcut,
        @Flag(value = true, source = "-: numerical switch, exact in distribution (docs/model.md §3.5)", doc = "tumor division and apoptosis as events on a calendar: each cell draws the step of its next event (geometric waiting time, the reference's per-step chance), and only cells whose event falls due act; false = the step-by-step reference, one draw per cell per step") boolean tumor_event_calendar,
        @Flag(value = true, source = "-: numerical switch, exact in distribution (docs/model.md §3.5)", doc = "quiet CAR-T cells (unstimulated, in the blood, or in idle tissue) on a calendar: each draws the step of its next death, egress, infiltration or memory event (geometric waiting time of the reference's per-step chances), and only cells whose event falls due draw which one; false = the step-by-step reference, one draw per chance per cell per step") boolean cart_event_calendar) {
}
