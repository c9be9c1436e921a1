package cartsim.scenario;

/**
 * Where a value was written: a file (or a pseudo-file such as {@code --set}), 1-based line and
 * column. Kept with every value so errors and {@code describe} can point back at the source.
 */
public record Location(String file, int line, int column) {

    /** position-less errors (missing file, empty file) point at the start of the file */
    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    /** {@code file:line} — short form for tables */
    public String shortText() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
