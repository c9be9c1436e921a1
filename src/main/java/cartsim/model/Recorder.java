package cartsim.model;

import java.util.List;

/**
 * The columns of {@code timeseries.csv}, each declared once with its unit, meaning and how it is
 * read off the model. The CSV header, the column order, which columns are whole numbers and the
 * table in {@code docs/results-format.md} all come from {@link #COLUMNS}.
 */
public final class Recorder {
    /** what a column reads from the model at a recording instant */
    interface Reading {
        double of(CarTModel m, Sample s);
    }

    /**
     * One output column.
     *
     * @param name    CSV header
     * @param unit    unit as shown in the docs
     * @param meaning one line for the docs
     * @param integer written as a whole number
     */
    public record Column(String name, String unit, String meaning, boolean integer, Reading reading) {}

    /** aggregates that several columns share, computed once per row */
    static final class Sample {
        final int[] antigen;   // positive, low, negative
        final int[] cart;      // tissue, blood, memory, effector, exhausted (tile cells: agents × weight, rounded)
        final int agents, bloodAgents;
        final double base;

        Sample(CarTModel m) {
            antigen = m.antigenStatus();
            int[] a = m.cartCounts();
            agents = a[0] + a[1];
            bloodAgents = a[1];
            cart = new int[a.length];
            for (int k = 0; k < a.length; k++) cart[k] = (int) Math.round(a[k] * m.cart.weight);
            base = m.baselineTumor > 0 ? m.baselineTumor : Math.max(1, m.tumor.live);
        }
    }

    private static Column real(String name, String unit, String meaning, Reading r) {
        return new Column(name, unit, meaning, false, r);
    }

    private static Column whole(String name, String unit, String meaning, Reading r) {
        return new Column(name, unit, meaning, true, r);
    }

    public static final List<Column> COLUMNS = List.of(
            real("day", "d", "time since infusion (negative before infusion)", (m, s) -> EventLog.round6(m.day())),
            whole("tumor_cells", "cells (simulated)", "live tumor agents on the lattice", (m, s) -> m.tumor.live),
            whole("tumor_antigen_positive", "cells", "recognised: targeted antigen density ≥ the CAR's threshold", (m, s) -> s.antigen[0]),
            whole("tumor_antigen_low", "cells", "targeted antigen detectable but below the CAR's threshold", (m, s) -> s.antigen[1]),
            whole("tumor_antigen_negative", "cells", "targeted antigen(s) lost (density below flow detection limit)", (m, s) -> s.antigen[2]),
            real("tumor_burden_pct_baseline", "%", "tumor cells (tile + counted subclones) / baseline (start of lymphodepletion) × 100", (m, s) -> 100.0 * m.tumorTileCells() / s.base),
            real("patient_tumor_cells", "cells (patient)", "tumor agents × patient scale factor + counted subclones", (m, s) -> m.tumorTileCells() * m.scale),
            whole("cart_cells", "cells (simulated)", "live CAR-T cells, tissue + blood, in tile cells (agents × sample weight)", (m, s) -> Math.round(s.agents * m.cart.weight)),
            whole("cart_tissue", "cells", "CAR-T cells on the lattice", (m, s) -> s.cart[0]),
            whole("cart_blood", "cells", "CAR-T cells in the well-mixed blood compartment", (m, s) -> s.cart[1]),
            whole("cart_memory", "cells", "memory-like phenotype", (m, s) -> s.cart[2]),
            whole("cart_effector", "cells", "effector phenotype", (m, s) -> s.cart[3]),
            whole("cart_exhausted", "cells", "exhausted phenotype", (m, s) -> s.cart[4]),
            real("cart_blood_per_ul", "cells/µL", "CAR-T in blood, clinical units", (m, s) -> m.bloodPerUl(s.bloodAgents)),
            real("myeloid_activated_fraction", "0–1", "mean macrophage activation", (m, s) -> m.myeloid.meanActivation()),
            real("ifng_pg_per_ml", "pg/mL", "serum IFN-γ", (m, s) -> m.clinical.ifng()),
            real("il6_pg_per_ml", "pg/mL", "serum IL-6", (m, s) -> m.clinical.il6()),
            real("il1_pg_per_ml", "pg/mL", "serum IL-1 (made with the myeloid IL-6)", (m, s) -> m.clinical.il1()),
            whole("crs_grade", "0–4", "ASTCT CRS grade, from fever, hypotension and hypoxia", (m, s) -> m.clinical.crsGrade),
            whole("icans_grade", "0–4", "ASTCT ICANS grade, from the ICE score", (m, s) -> m.clinical.icansGrade),
            real("fever_c", "°C", "body temperature: follows the IL-6/IL-1 pyrogen index within hours", (m, s) -> m.clinical.feverC),
            real("endothelial_activation", "pg/mL IL-6 eq.", "endothelial activation / capillary-leak state", (m, s) -> m.clinical.endothelium),
            whole("vasopressors", "0/1/2", "vasopressors needed: 0 none (or fluids only), 1 one, 2 two or more", (m, s) -> m.clinical.vasopressors()),
            whole("oxygen_support", "0–3", "oxygen needed: 0 none, 1 low-flow, 2 high-flow, 3 positive-pressure ventilation", (m, s) -> m.clinical.oxygenSupport()),
            real("bbb_permeability", "0–1", "blood–brain barrier opening", (m, s) -> m.clinical.bbb),
            whole("ice_score", "0–10", "ICE-score proxy (10 = normal)", (m, s) -> m.clinical.ice),
            real("tocilizumab_ug_per_ml", "µg/mL", "serum tocilizumab", (m, s) -> m.clinical.drugs.tocilizumabUgPerMl()),
            whole("tocilizumab_doses", "count", "cumulative doses given", (m, s) -> m.clinical.drugs.tociDoses()),
            whole("steroids_active", "0/1", "corticosteroid effect present", (m, s) -> m.clinical.steroidsActive(m.day() * 24) ? 1 : 0),
            whole("kills_total", "count", "cumulative CAR-T kills", (m, s) -> m.cart.kills),
            whole("cart_agents", "agents", "live simulated CAR-T agents (more than cart_cells while the weighted sample stands for a small dose)", (m, s) -> s.agents),
            real("cart_sample_weight", "tile cells per agent", "weight of each CAR-T agent (1 once the sample holds whole cells)", (m, s) -> m.cart.weight),
            real("tumor_clone_patient_cells", "cells (patient)", "antigen-escape subclones counted at patient scale, not yet on the tile", (m, s) -> (double) m.tumor.clones.total()),
            real("b_cells_per_ul", "cells/µL", "normal CD19⁺ B cells in blood (patient-scale compartment)", (m, s) -> m.bCellsPerUl()),
            real("sbcma_ng_per_ml", "ng/mL", "serum soluble BCMA shed by normal plasma cells and BCMA⁺ tumor (decoy for BCMA CARs)", (m, s) -> m.sbcmaNgPerMl()),
            real("plasma_cells_patient", "cells (patient)", "normal plasma cells in the body (patient-scale compartment)", (m, s) -> m.plasma.cells),
            real("il15_pg_per_ml", "pg/mL", "serum IL-15 (rises with the lymphodepletion regimen, drives homeostatic CAR-T division)", (m, s) -> m.il15PgPerMl()));

    private Recorder() {}

    /** one row of every column, in declaration order */
    static double[] row(CarTModel m) {
        Sample s = new Sample(m);
        double[] row = new double[COLUMNS.size()];
        for (int c = 0; c < row.length; c++) row[c] = COLUMNS.get(c).reading().of(m, s);
        return row;
    }
}
