package io.jcompose.runtime.container.exec;

import io.jcompose.engine.api.stream.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first {@code limit} bytes of an exec's output, both streams in arrival order, and drops the rest. */
final class BoundedOutput implements OutputSink {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    BoundedOutput(int limit) {
        this.limit = Math.max(0, limit);
    }

    @Override
    public synchronized void write(StreamType stream, byte[] data, int offset, int length) {
        int room = limit - bytes.size();
        if (room > 0) {
            bytes.write(data, offset, Math.min(room, length));
        }
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
