package io.jcompose.runtime.container.exec;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** An exec instance's 64-hex-digit ID, as docker makes them; clients pass it back whole (no prefixes). */
public record ExecId(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ExecId {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("\"" + hex + "\" is not an exec ID (64 lowercase hex digits)");
        }
    }

    public static ExecId of(String text) {
        return new ExecId(text);
    }

    public static ExecId random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ExecId(HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return hex;
    }
}
