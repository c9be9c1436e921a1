package cartsim.model.params;

import cartsim.model.params.P.Real;

/** Effects of one costimulatory domain (one record per domain in the costim section). */
public record CostimParams(
        @Real(value = 2000, min = 1, max = 1000000, unit = "molecules/cell", source = "S18, S61: ~2000 CD19/cell for CD28ζ", doc = "antigen density for half-maximal recognition", byKey = {2000, 4000}, sourceByKey = {"S18, S61: ~2000 CD19/cell for CD28ζ", "S61, S62: 4-1BB CARs need more antigen (reasoned 2×)"}) double antigen_threshold_molecules,
        @Real(value = 1.25, min = 0.1, max = 5, unit = "fold", source = "reasoned: CD28ζ faster effector expansion (Kawalekar 2016)", doc = "multiplies CAR-T proliferation rate", byKey = {1.25, 1}) double proliferation_factor,
        @Real(value = 1.25, min = 0.1, max = 10, unit = "fold", source = "reasoned: CD28ζ tonic signalling and faster exhaustion (Long 2015)", doc = "multiplies exhaustion per engagement", byKey = {1.25, 1}) double exhaustion_factor,
        @Real(value = 0.5, min = 0, max = 20, unit = "fold", source = "reasoned: 4-1BB favours memory and persistence", doc = "multiplies effector→memory conversion", byKey = {0.5, 1.5}) double memory_factor,
        @Real(value = 2, min = 0, max = 20, unit = "fold", source = "reasoned: CD28ζ CARs secrete more effector cytokine than 4-1BBζ (Salter 2018; Zhao 2015); calibrated to ZUMA-1 ICANS", doc = "multiplies IFN-γ secretion", byKey = {2, 1}) double cytokine_factor,
        @Real(value = 0.5, min = 0.01, max = 10, unit = "fold", source = "reasoned: axi-cel persists shorter than tisa-cel", doc = "multiplies memory half-life", byKey = {0.5, 1}) double persistence_factor) {
}
