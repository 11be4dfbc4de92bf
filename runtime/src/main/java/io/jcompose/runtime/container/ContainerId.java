package io.jcompose.runtime.container;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A container's 64-hex-digit ID, as docker makes them; never all digits, so it cannot be taken for a number. */
public record ContainerId(String hex) implements Comparable<ContainerId> {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ContainerId {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("\"" + hex + "\" is not a container ID (64 lowercase hex digits)");
        }
    }

    /** A new random ID. */
    public static ContainerId random() {
        while (true) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String hex = HexFormat.of().formatHex(bytes);
            if (!hex.substring(0, 12).chars().allMatch(Character::isDigit)) {
                return new ContainerId(hex);
            }
        }
    }

    /** The 12-character form docker prints. */
    public String shortId() {
        return hex.substring(0, 12);
    }

    @Override
    public int compareTo(ContainerId other) {
        return hex.compareTo(other.hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
