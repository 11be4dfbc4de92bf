package io.jcompose.engine.api.stream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One decoded frame of a multiplexed stream, kept whole so that a client can prefix or colour each chunk by stream.
 *
 * @param type which stream the payload belongs to
 * @param payload the frame's bytes (a copy is kept)
 */
public record Frame(StreamType type, byte[] payload) {

    public Frame {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload decoded as UTF-8 (invalid bytes become U+FFFD). */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.type == type && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Frame[" + type + ", " + payload.length + " bytes]";
    }
}
