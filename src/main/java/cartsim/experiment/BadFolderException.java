package cartsim.experiment;

/** An output folder that cannot be used as asked (resume of another sweep, incomplete shard…). */
public final class BadFolderException extends Exception {
    public BadFolderException(String message) {
        super(message, null, false, false);
    }
}
