package cartsim.model;

/** How a CAR with one or two targets combines their recognition signals. */
public enum Logic {
    /** one target */
    SINGLE,
    /** either antigen triggers: the stronger signal counts */
    OR,
    /** both antigens are needed: the weaker signal counts */
    AND;

    public static Logic parse(String s) {
        return switch (s) {
            case "single" -> SINGLE;
            case "OR" -> OR;
            case "AND" -> AND;
            default -> throw new IllegalArgumentException("logic " + s);
        };
    }

    public String label() {
        return this == SINGLE ? "single" : name();
    }
}
