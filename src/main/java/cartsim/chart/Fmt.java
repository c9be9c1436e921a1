package cartsim.chart;

import java.util.Locale;

/** Number formatting for labels a clinician reads: 5×10⁶ rather than 5.0E6, no trailing zeros. */
final class Fmt {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Fmt() {
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            int exp = (int) Math.floor(Math.log10(a));
            double mantissa = v / Math.pow(10, exp);
            String m = trim(String.format(Locale.ROOT, "%.2f", mantissa));
            String power = "10" + superscript(exp);
            return "1".equals(m) ? power : m + "×" + power;
        }
        return trim(String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.3g", v));
    }

    /** a proportion 0–1 as a percentage with one decimal at most */
    static String pct(double proportion) {
        return trim(String.format(Locale.ROOT, "%.1f", proportion * 100)) + "%";
    }

    private static String trim(String s) {
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    private static String superscript(int exp) {
        StringBuilder sb = new StringBuilder();
        if (exp < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exp)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
