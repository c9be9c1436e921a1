package cartsim.model.params;

/** Which clinical response criteria the scheduled assessments apply; {@code auto} picks the disease's own. */
public enum ResponseCriteria implements Word {
    AUTO("auto"), BONE_MARROW("bone-marrow"), LUGANO("lugano"), IMWG("imwg");

    private final String word;

    ResponseCriteria(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** the criteria in force for {@code disease}: B-ALL marrow, lymphoma Lugano, myeloma IMWG */
    public ResponseCriteria resolve(DiseaseType disease) {
        if (this != AUTO) return this;
        return switch (disease) {
            case B_ALL -> BONE_MARROW;
            case MM -> IMWG;
            case LBCL, MCL -> LUGANO;
        };
    }
}
