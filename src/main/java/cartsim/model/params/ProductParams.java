package cartsim.model.params;

import java.util.List;

import cartsim.model.params.P.Choice;
import cartsim.model.params.P.Choices;
import cartsim.model.params.P.Flag;
import cartsim.model.params.P.Real;
import cartsim.model.params.P.Text;

/** The CAR-T product: design facts (targets, logic, costimulation, dose, composition). */
public record ProductParams(
        @Text(value = "tisagenlecleucel", doc = "product label") String name,
        @Choices(value = {"CD19"}, source = "design fact", doc = "antigens the CAR recognises (one or two)") List<Target> targets,
        @Choice(value = "single", source = "design fact", doc = "single target; OR: either antigen triggers (S7, S31); AND: both needed") Logic logic,
        @Choice(value = "4-1BB", source = "design fact", doc = "costimulatory domain; sets threshold, expansion, exhaustion and persistence (costim section)") Costim costim,
        @Real(value = 3100000, min = 1, max = 1.0E10, unit = "CAR+ cells/kg", source = "ELIANA median 3.1e6/kg (calibration S2)", doc = "infused dose per kg") double dose_cells_per_kg,
        @Real(value = 2.5E8, min = 1, max = 1.0E11, unit = "CAR+ cells", source = "tisagenlecleucel label maximum", doc = "upper limit of the total dose") double dose_cap_cells,
        @Real(value = 0.3, min = 0, max = 1, unit = "fraction", source = "reasoned: TSCM/TCM share of apheresis products", doc = "share of memory-like cells in the product") double memory_fraction,
        @Real(value = 0.5, min = 0, max = 1, unit = "fraction", source = "reasoned; liso-cel is a defined 1:1 CD8:CD4 product", doc = "share of CD4 CAR-T (help: more cytokine, weaker killing)") double cd4_fraction,
        @Flag(value = false, source = "design fact", doc = "off-the-shelf donor product: no manufacturing delay, host rejection hazard") boolean allogeneic,
        @Real(value = 0.12, min = 0, max = 10, unit = "1/d", source = "S22: UCART19 lost by day 28 in ~40%; calibrated, reasoned", doc = "host-versus-graft hazard on allogeneic CAR-T at full host immunity") double host_rejection_rate_per_day,
        @Real(value = 2, min = 0.5, max = 10, unit = "-", source = "reasoned: switch-like antigen response (S62)", doc = "steepness of antigen recognition around the threshold") double hill_coefficient,
        @Real(value = 0.1, min = 0, max = 1, unit = "fraction/engagement", source = "S31 (qualitative); reasoned", doc = "share of target antigen stripped per engagement") double trogocytosis_fraction) {
}
