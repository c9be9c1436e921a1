package cartsim.scenario;

import java.util.List;
import java.util.Optional;

import static cartsim.scenario.Param.bool;
import static cartsim.scenario.Param.choice;
import static cartsim.scenario.Param.choices;
import static cartsim.scenario.Param.integer;
import static cartsim.scenario.Param.real;
import static cartsim.scenario.Param.records;
import static cartsim.scenario.Param.text;

/** A small schema with the real section layout, so loader tests do not move with CartSchema values. */
final class TestSchemas {
    private TestSchemas() {}

    static Schema small() {
        Schema s = new Schema();
        s.add(real("simulation.days", 60, 0.1, 3650, "d", "reasoned", "days simulated"));
        s.add(integer("simulation.seed", 1, 0, Integer.MAX_VALUE, "-", "-", "random seed"));
        s.add(real("patient.weight_kg", 40, 3, 250, "kg", "reasoned", "body weight"));
        s.add(real("patient.tumor_burden_cells", 5e10, 1e6, 1e13, "cells", "reasoned", "tumor burden"));
        s.add(choice("disease.type", "B-ALL", List.of("B-ALL", "LBCL", "MM", "MCL"), "-", "disease"));
        for (String ag : List.of("CD19", "CD22")) {
            s.add(real("disease.antigens." + ag + ".mean_molecules_per_cell", 5000, 0, 1e6, "molecules/cell", "S18", "density"));
            s.add(real("disease.antigens." + ag + ".cv", 0.8, 0, 5, "-", "reasoned", "spread"));
        }
        s.add(text("product.name", "tisagenlecleucel", "label"));
        s.add(choices("product.targets", List.of("CD19"), List.of("CD19", "CD22", "BCMA"), "design fact", "targets"));
        s.add(choice("product.logic", "single", List.of("single", "OR", "AND"), "design fact", "logic"));
        s.add(choice("product.costim", "4-1BB", List.of("CD28", "4-1BB"), "design fact", "costim"));
        s.add(real("product.dose_cells_per_kg", 3.1e6, 1, 1e10, "CAR+ cells/kg", "S2", "dose"));
        s.add(bool("product.allogeneic", false, "design fact", "donor product"));
        s.add(records("treatment.chemotherapy", List.of(
                real("day", 0, -365, 3650, "d", "-", "day"),
                real("tumor_kill_fraction", 0.5, 0, 1, "fraction", "S4", "tumor killed"),
                real("cart_kill_fraction", 0.0, 0, 1, "fraction", "S4", "CAR-T killed")), "S4", "pulses"));
        s.rule(sc -> {
            int n = sc.list("product.targets").size();
            boolean single = sc.s("product.logic").equals("single");
            if (single == (n == 1)) return Optional.empty();
            return Optional.of(new Rule.Violation("product.logic", "does not fit " + n + " targets", "single for one, OR/AND for two"));
        });
        return s;
    }
}
