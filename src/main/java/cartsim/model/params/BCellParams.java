package cartsim.model.params;

import cartsim.model.params.P.Real;

/**
 * Normal B cells, counted at patient scale: marrow production, circulation, CAR-T killing
 * (B-cell aplasia) and recovery after CAR-T loss.
 */
public record BCellParams(
        @Real(value = 300, min = 0, max = 5000, unit = "cells/µL", source = "LYMPH04, LHSC (calibration-targets-extra: adults 325–340/µL, children 6–12 y 270–860/µL); reasoned lower in r/r disease", doc = "blood CD19⁺ B cells before lymphodepletion (the steady state of production and turnover)") double blood_per_ul,
        @Real(value = 60, min = 1, max = 3650, unit = "d", source = "S6 (normal B lifespan τ_B 60 d)", doc = "mean lifespan of a normal B cell; marrow output = steady-state count / lifespan") double lifespan_days,
        @Real(value = 15000, min = 0, max = 1000000, unit = "molecules/cell", source = "reasoned: normal B cells express CD19 well above the 2000–4000 CAR thresholds (S18, S61)", doc = "CD19 on normal B cells, read by the CAR's Hill recognition") double cd19_molecules_per_cell,
        @Real(value = 5000, min = 0, max = 1000000, unit = "molecules/cell", source = "reasoned: CD22 is expressed on mature B cells at a few thousand molecules (S7 dual-target model lists CD22 as the second B-lineage antigen)", doc = "CD22 on normal B cells (for CD22 and CD19/CD22 CARs)") double cd22_molecules_per_cell,
        @Real(value = 5, min = 0, max = 100, unit = "1/d", source = "reasoned: B cells undetectable within weeks of CD19 CAR-T (88 % at day 30 after axi-cel, Strati 2021)", doc = "B-cell kill rate when CAR-T are saturating and recognition is full") double cart_kill_max_per_day,
        @Real(value = 1.0E7, min = 1, max = 1.0E12, unit = "CAR-T cells (patient)", source = "reasoned: aplasia persists while CAR-T are detectable; 40–58 % recover B cells by 1 y after axi-cel (Logue 2021, Strati 2021)", doc = "whole-body functional CAR-T giving half the maximal B-cell kill rate") double cart_half_kill_cells,
        @Real(value = 0.9, min = 0, max = 1, unit = "fraction", source = "reasoned: Flu/Cy is lymphodepleting; B cells fall ~10-fold before infusion", doc = "share of B cells killed over the lymphodepletion course") double lymphodepletion_kill_fraction,
        @Real(value = 0.05, min = 0, max = 10, unit = "stimulations/kill", source = "reasoned: CD19⁺ B cells stimulate CAR-T (S6, S24); bounded so the B-cell sink does not hold day-90 persistence above Stein's band (S1)", doc = "CAR-T stimulations per B cell killed (the CD19 sink); 0 = B cells never stimulate CAR-T") double stimulations_per_kill,
        @Real(value = 20, min = 0, max = 1000, unit = "cells/µL", source = "reasoned: the clinical IVIG threshold of < 20 CD19⁺ cells/µL", doc = "blood B cells below this count as B-cell aplasia") double aplasia_below_per_ul,
        @Real(value = 100, min = 0, max = 5000, unit = "cells/µL", source = "reasoned: loss of B-cell aplasia is read clinically as > 1 % or ≥ 100 CD19⁺ cells/µL (Cincinnati tisa-cel multi-infusion series)", doc = "blood B cells at or above this after aplasia count as B-cell recovery") double recovery_above_per_ul) {
}
