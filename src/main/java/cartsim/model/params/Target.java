package cartsim.model.params;

/** Target antigens known to the model; the ordinal is the column in the per-cell antigen arrays. */
public enum Target implements Word {
    CD19, CD22, BCMA;

    @Override
    public String word() {
        return name();
    }
}
