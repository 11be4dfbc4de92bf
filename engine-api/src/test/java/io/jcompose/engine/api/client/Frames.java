package io.jcompose.engine.api.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds docker's multiplexed stream for tests: an 8-byte header per frame, then the payload. */
public final class Frames {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Frames frame(int stream, String text) {
        return frame(stream, text.getBytes(StandardCharsets.UTF_8));
    }

    public Frames frame(int stream, byte[] payload) {
        int n = payload.length;
        out.writeBytes(new byte[] {(byte) stream, 0, 0, 0, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8),
                (byte) n});
        out.writeBytes(payload);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}
