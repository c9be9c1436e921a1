package cartsim.model;

import cartsim.model.params.Target;

/**
 * Column indices of the per-cell antigen arrays, for the hot loops: the ordinals of
 * {@link Target}, which is the one list of antigen words.
 */
public final class Antigen {
    public static final int CD19 = Target.CD19.ordinal(), CD22 = Target.CD22.ordinal(), BCMA = Target.BCMA.ordinal(),
            COUNT = Target.values().length;

    private Antigen() {}
}
