package cartsim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "did you mean X?" for misspelt keys and words: the candidate at the smallest edit distance. */
public final class Suggest {
    private Suggest() {}

    /** the closest candidate, only if it is close enough to be a plausible typo */
    public static Optional<String> close(String word, Collection<String> candidates) {
        Optional<String> best = closest(word, candidates);
        int limit = Math.max(1, Math.min(4, word.length() / 3));
        if (best.isPresent() && distance(word, best.get()) <= limit) return best;
        // a shortened key (mean_molecules for mean_molecules_per_cell) is far in edit distance
        if (word.length() >= 4) {
            String w = word.toLowerCase(Locale.ROOT);
            for (String c : candidates) if (c.toLowerCase(Locale.ROOT).startsWith(w)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** the closest candidate however far away (for --set, where any hint helps) */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " did you mean X?" or "" — ready to append to a message */
    public static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> "; did you mean " + s + "?").orElse("");
    }

    /** Levenshtein distance, case-insensitive so CD19 and cd19 count as the same word */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) prev[j] = j;
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }
}
