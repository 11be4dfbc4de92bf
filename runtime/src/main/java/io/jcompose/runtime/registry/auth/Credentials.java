package io.jcompose.runtime.registry.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A registry user name and password (or token); {@link #toString()} never shows the secret. */
public record Credentials(String username, String password) {

    public Credentials {
        if (username == null || password == null) {
            throw new IllegalArgumentException("credentials need a user name and a password");
        }
    }

    /** Decodes docker's {@code auth} field: base64 of {@code user:password}. */
    private static final String INVALID = "invalid auth value in docker config (expected base64 of user:password)";

    public static Credentials ofDockerAuth(String base64) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(INVALID);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(INVALID);
        }
        return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The value of an {@code Authorization: Basic ...} header. */
    public String basicHeader() {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", ***]";
    }
}
