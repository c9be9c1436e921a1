package cartsim.scenario;

/**
 * Makes text from a user's file safe to echo in a one-line error: control characters become
 * visible escapes (so ESC sequences cannot recolour the terminal and NUL cannot cut the line) and
 * long values are cut (so {@code extends: /etc/passwd} does not print the foreign file).
 */
public final class Texts {
    /** characters of a value echoed in an error; enough to recognise it */
    static final int ECHO_LIMIT = 60;

    private Texts() {}

    /** a value as quoted in an error: controls escaped, cut after {@link #ECHO_LIMIT} characters */
    public static String echo(String value) {
        String s = escapeControls(value);
        if (s.codePointCount(0, s.length()) <= ECHO_LIMIT) return s;
        return s.substring(0, s.offsetByCodePoints(0, ECHO_LIMIT)) + "… (" + value.length() + " characters)";
    }

    /** control characters (tab, newline and ESC included) as Java escapes such as \\u001B */
    public static String escapeControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
            if (control && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) {
                if (control) sb.append(String.format("\\u%04X", (int) c));
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
