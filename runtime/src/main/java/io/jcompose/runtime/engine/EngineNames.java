package io.jcompose.runtime.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names an engine gives host-wide things (bridge, firewall chains, cgroup parent): docker-like ones for the engine
 * at the default state directory, names tagged with a hash of the state directory for any other (tests, a
 * second engine), so two engines on one host never share one.
 */
public final class EngineNames {

    private EngineNames() {
    }

    public static boolean standard(Path state) {
        return state.equals(EngineOptions.DEFAULT_STATE);
    }

    /** Six hex digits of the state directory's hash; empty for the standard engine. */
    public static String tag(Path state) {
        return standard(state) ? "" : shortHash(state.toString());
    }

    /** The cgroup under which the engine's containers live: {@code jcompose}, or {@code jcompose-TAG}. */
    public static String cgroupParent(Path state) {
        return standard(state) ? "jcompose" : "jcompose-" + tag(state);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
