package cartsim.model.params;

/** Initial tumor layout: leukemia infiltrates marrow diffusely, lymphoma forms masses. */
public enum SpatialPattern implements Word {
    DIFFUSE("diffuse"), NODULAR("nodular");

    private final String word;

    SpatialPattern(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
