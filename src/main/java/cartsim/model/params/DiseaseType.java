package cartsim.model.params;

/** Disease label used in reports; the numbers come from the disease parameters. */
public enum DiseaseType implements Word {
    B_ALL("B-ALL"), LBCL("LBCL"), MM("MM"), MCL("MCL");

    private final String word;

    DiseaseType(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
