package cartsim.scenario;

import java.util.regex.Pattern;

/**
 * Numbers written with a leading zero ({@code 017}, {@code 0180}) are refused everywhere: YAML 1.1
 * reads {@code 017} as octal 15 and {@code 0180} as text, so whichever value cartsim took, it
 * could be the wrong one. {@code 0}, {@code 0.5} and {@code 0e3} are ordinary numbers.
 */
public final class NumberText {
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0\\d.*");

    private NumberText() {}

    /** the complaint about a leading zero, or null when the text has none */
    public static String leadingZero(String text) {
        String t = text.trim();
        if (!LEADING_ZERO.matcher(t).matches()) return null;
        String plain = t.replaceFirst("^([-+]?)0+(?=\\d)", "$1");
        return Texts.echo(t) + " has a leading zero, which YAML reads as octal or as text: write " + Texts.echo(plain);
    }
}
