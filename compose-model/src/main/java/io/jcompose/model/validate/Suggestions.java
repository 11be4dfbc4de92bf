package io.jcompose.model.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user probably meant when writing an unknown key or value ("imgae" for "image"). */
final class Suggestions {

    private static final int MAX_DISTANCE = 2;
    private static final int MIN_PREFIX = 3;

    private Suggestions() {
    }

    /** The closest candidate within an edit distance of two, else one the word is a prefix of (or extends). */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance && d < Math.max(lower.length(), candidate.length())) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        if (lower.length() < MIN_PREFIX) {
            return Optional.empty();
        }
        int bestGap = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if ((c.startsWith(lower) || lower.startsWith(c)) && Math.abs(c.length() - lower.length()) < bestGap) {
                best = candidate;
                bestGap = Math.abs(c.length() - lower.length());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance with the two-row method. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
