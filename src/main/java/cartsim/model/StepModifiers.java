package cartsim.model;

/**
 * What the treatment timeline does to the agents during one step, handed to them as data so that
 * no agent asks the model about drugs.
 *
 * @param expansionBoost      proliferation boost from homeostatic cytokines after lymphodepletion
 * @param cartFunction        CAR-T killing and proliferation factor (steroids)
 * @param cytokineProduction  cytokine production factor (steroids)
 * @param pHostRejection      per-step host-rejection probability of an allogeneic cell
 * @param pd1Blockade         share of PD-1 signalling blocked by a checkpoint inhibitor
 * @param bcmaDecoy           factor on the BCMA arm's recognition signal from soluble BCMA (1 = no decoy)
 */
public record StepModifiers(double expansionBoost, double cartFunction, double cytokineProduction,
                            double pHostRejection, double pd1Blockade, double bcmaDecoy) {
    /** no treatment effect at all */
    public static final StepModifiers NONE = new StepModifiers(1, 1, 1, 0, 0, 1);

    /** the same effects with the soluble-BCMA decoy factor of this step */
    public StepModifiers withBcmaDecoy(double factor) {
        return new StepModifiers(expansionBoost, cartFunction, cytokineProduction, pHostRejection, pd1Blockade, factor);
    }
}
