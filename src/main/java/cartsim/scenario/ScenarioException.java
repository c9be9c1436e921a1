package cartsim.scenario;

/**
 * A problem in a scenario, located in a file. {@link #getMessage()} is a single line
 * {@code FILE:LINE:COLUMN: key: what is wrong (allowed: …)} that editors and terminals can
 * jump to; the parts are also available separately for tests and tools.
 */
public final class ScenarioException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String key;
    private final String problem;
    private final String allowed;

    /**
     * @param key     full dotted path of the offending key, or a pseudo-key ({@code yaml}, {@code file},
     *                {@code extends}) for problems that are not about one parameter
     * @param problem what is wrong
     * @param allowed what would be accepted, or null when not applicable
     */
    public ScenarioException(String file, int line, int column, String key, String problem, String allowed) {
        super(null, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
        this.problem = problem;
        this.allowed = allowed;
    }

    public ScenarioException(Location at, String key, String problem, String allowed) {
        this(at.file(), at.line(), at.column(), key, problem, allowed);
    }

    public ScenarioException(Location at, String key, String problem) {
        this(at, key, problem, null);
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String key() { return key; }
    /** what is wrong, without location, key or allowed values */
    public String problem() { return problem; }
    /** allowed values, or null */
    public String allowed() { return allowed; }

    @Override
    public String getMessage() {
        String text = file + ":" + line + ":" + column + ": " + key + ": " + problem
                + (allowed == null || allowed.isEmpty() ? "" : " (allowed: " + allowed + ")");
        // parser messages can carry newlines; the contract is one line per error, and a raw
        // control character (ESC, NUL) from a value must not reach the terminal
        return Texts.escapeControls(text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }
}
