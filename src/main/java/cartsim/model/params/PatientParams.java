package cartsim.model.params;

import cartsim.model.params.P.Real;

/** The patient: body size, blood, tumor burden and T-cell fitness. */
public record PatientParams(
        @Real(value = 40, min = 3, max = 250, unit = "kg", source = "reasoned: ELIANA median age 11 y", doc = "body weight (dose and blood volume scale with it)") double weight_kg,
        @Real(value = 5.0E10, min = 1000000, max = 1.0E13, unit = "cells", source = "reasoned: r/r B-ALL marrow-dominant burden 1e10–1e12", doc = "patient tumor burden at the start of the simulation; sets the patient scale factor") double tumor_burden_cells,
        @Real(value = 0.6, min = 1.0E-4, max = 1, unit = "fraction of sites", source = "reasoned: ELIANA median marrow blasts ~70%", doc = "share of lattice sites holding a tumor cell at start") double initial_tumor_occupancy,
        @Real(value = 70, min = 40, max = 110, unit = "mL/kg", source = "standard physiology", doc = "blood volume per kg") double blood_volume_ml_per_kg,
        @Real(value = 0.35, min = 0.1, max = 0.7, unit = "-", source = "standard physiology (r/r leukemia: anaemic)", doc = "red-cell volume fraction; plasma = blood × (1 − hematocrit)") double hematocrit,
        @Real(value = 0.02, min = 0.001, max = 1, unit = "fraction", source = "Westermann & Pabst 1992: ~2% of the body's lymphocytes are in the blood at any time", doc = "share of the recirculating CAR-T pool (the model's blood compartment) that is in the blood, for cells/µL") double blood_share_of_circulating_pool,
        @Real(value = 1, min = 0.05, max = 5, unit = "fold", source = "reasoned: between-patient variation of expansion (S23)", doc = "multiplies CAR-T proliferation rate (patient T-cell fitness)") double tcell_fitness) {
}
