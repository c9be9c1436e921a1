package cartsim.cli;

/** A problem with the user's input that deserves one line and exit code 2, not a stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
