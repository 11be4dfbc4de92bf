package io.jcompose.runtime.container.spec;

/** The numeric uid/gid syntax runc accepts: decimal digits, 0 to 2^31-1. */
final class UserId {

    static final String RANGE_ERROR = "uids and gids must be in range 0-2147483647";

    private UserId() {
    }

    static boolean isNumeric(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The id {@code text} names, or {@link SpecException} when it is out of range; {@code text} is numeric. */
    static int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SpecException(RANGE_ERROR);
        }
    }

    /** The id, or null when {@code text} is not a valid one (a malformed file line). */
    static Integer parseOrNull(String text) {
        String t = text.strip();
        if (!isNumeric(t)) {
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
