package cartsim.model.params;

import java.util.List;

import cartsim.model.params.P.Real;
import cartsim.model.params.P.Records;

/** The treatment timeline: manufacturing wait, lymphodepletion, bridging, chemotherapy, checkpoint inhibitor, CRS/ICANS management (tocilizumab, steroids, anakinra). */
public record TreatmentParams(
        @Real(value = 0, min = 0, max = 365, unit = "d", source = "design fact: autologous manufacturing 3–5 weeks; 0 = simulation starts at lymphodepletion", doc = "apheresis-to-infusion delay simulated before infusion") double vein_to_vein_days,
        LymphodepletionParams lymphodepletion,
        BridgingParams bridging,
        @Records(source = "S4", doc = "chemotherapy or targeted-therapy pulses") List<ChemoPulse> chemotherapy,
        CheckpointInhibitorParams checkpoint_inhibitor,
        TocilizumabParams tocilizumab,
        SteroidParams steroids,
        AnakinraParams anakinra) {
}
