package io.jcompose.runtime.container.exec;

import io.jcompose.engine.api.stream.StreamType;
import java.io.IOException;

/** Where an exec's output goes as it arrives, chunk by chunk, told apart by stream (stdout or stderr). */
@FunctionalInterface
public interface OutputSink {

    void write(StreamType stream, byte[] bytes, int offset, int length) throws IOException;

    /** A sink that drops everything (a detached exec). */
    static OutputSink discard() {
        return (stream, bytes, offset, length) -> {
        };
    }
}
