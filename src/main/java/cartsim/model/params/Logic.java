package cartsim.model.params;

/** How a CAR with one or two targets combines their recognition signals. */
public enum Logic implements Word {
    /** one target */
    SINGLE("single"),
    /** either antigen triggers: the stronger signal counts */
    OR("OR"),
    /** both antigens are needed: the weaker signal counts */
    AND("AND");

    private final String word;

    Logic(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public String label() {
        return word;
    }
}
