package cartsim.model.params;

/** The CAR's costimulatory domain. */
public enum Costim implements Word {
    CD28("CD28"), FOUR_1BB("4-1BB");

    private final String word;

    Costim(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
