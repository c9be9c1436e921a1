package cartsim.model.params;

import cartsim.model.params.P.Real;

/**
 * Normal plasma cells, counted at patient scale, and the soluble BCMA they and BCMA⁺ tumor cells
 * shed, which binds BCMA CARs as a decoy.
 */
public record PlasmaCellParams(
        @Real(value = 2.0E9, min = 0, max = 1.0E13, unit = "cells", source = "reasoned: calibrated so that sBCMA without myeloma is ≈ 10 ng/mL, inside the normal range (< 82.6 ng/mL, BJH21 in calibration-targets-extra)", doc = "normal plasma cells in the body before treatment (steady state)") double normal_cells,
        @Real(value = 180, min = 1, max = 10000, unit = "d", source = "reasoned: long-lived marrow plasma cells persist for months to years", doc = "mean lifespan of a normal plasma cell; output = steady-state count / lifespan") double lifespan_days,
        @Real(value = 10000, min = 0, max = 1000000, unit = "molecules/cell", source = "S8 (222–12 590 BCMA/cell on myeloma cells); reasoned similar on normal plasma cells", doc = "BCMA on normal plasma cells, read by the CAR's Hill recognition") double bcma_molecules_per_cell,
        @Real(value = 2, min = 0, max = 100, unit = "1/d", source = "reasoned: BCMA CARs deplete normal plasma cells over weeks (hypogammaglobulinaemia after BCMA CAR-T)", doc = "plasma-cell kill rate when CAR-T are saturating and recognition is full") double cart_kill_max_per_day,
        @Real(value = 1.0E7, min = 1, max = 1.0E12, unit = "CAR-T cells (patient)", source = "reasoned: as for B cells", doc = "whole-body functional CAR-T giving half the maximal plasma-cell kill rate") double cart_half_kill_cells,
        @Real(value = 5, min = 0, max = 1000, unit = "ng/mL per 1e9 cells", source = "reasoned: calibrated to sBCMA ≈ 500 ng/mL before cilta-cel at ~10¹¹ myeloma cells (PMID 36720180); myeloma median 32.6 ng/mL (GHERMEZI)", doc = "steady-state serum sBCMA per 10⁹ BCMA-expressing cells (normal plasma cells + BCMA⁺ tumor)") double sbcma_ng_per_ml_per_1e9_cells,
        @Real(value = 1, min = 0.01, max = 100, unit = "d", source = "reasoned: sBCMA has a short serum half-life (γ-secretase shedding) and falls within a month in responders (SHAH22, BJH21)", doc = "serum half-life of soluble BCMA") double sbcma_half_life_days,
        @Real(value = 1000, min = 1, max = 1.0E12, unit = "ng/mL", source = "reasoned: high baseline sBCMA lowers the chance of ≥ CR (SHAH22) without abolishing response", doc = "serum sBCMA that halves BCMA-arm engagement of a BCMA CAR (decoy); the maximum switches the decoy off") double sbcma_half_inhibition_ng_per_ml) {
}
