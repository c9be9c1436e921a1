package cartsim.model.params;

import java.util.Map;

/**
 * Every parameter of a run as typed, immutable values: one component per scenario section, each
 * section a record whose component names are the YAML keys. The scenario layer builds this once
 * from a validated file; the model reads it and never looks a parameter up by name. The GUI
 * changes a parameter by building a new {@code Parameters} and handing it to the model, which
 * swaps it in between two steps.
 */
public record Parameters(
        SimulationParams simulation,
        PatientParams patient,
        DiseaseParams disease,
        ProductParams product,
        Map<Costim, CostimParams> costim,
        CartParams cart,
        MyeloidParams myeloid,
        BCellParams b_cells,
        PlasmaCellParams plasma_cells,
        CytokineParams cytokines,
        CrsParams crs,
        IcansParams icans,
        TreatmentParams treatment,
        ResponseParams response) {

    /** the effects of the product's own costimulatory domain */
    public CostimParams costimEffects() {
        return costim.get(product.costim());
    }

    /** the expression parameters of one antigen */
    public AntigenParams antigen(Target t) {
        return disease.antigens().get(t);
    }

    /** first simulated day (negative: before infusion); allogeneic products need no manufacturing wait */
    public double startDay() {
        TreatmentParams t = treatment;
        double start = product.allogeneic() ? 0 : -t.vein_to_vein_days();
        if (t.lymphodepletion().enabled()) start = Math.min(start, t.lymphodepletion().start_day());
        if (t.bridging().enabled()) start = Math.min(start, t.bridging().day());
        for (ChemoPulse c : t.chemotherapy()) start = Math.min(start, c.day());
        return start;
    }
}
