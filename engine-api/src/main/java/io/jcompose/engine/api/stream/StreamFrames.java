package io.jcompose.engine.api.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Docker's multiplexed stream framing for non-TTY logs, attach and exec: each chunk is an 8-byte header (stream
 * type, three zero bytes, big-endian payload length) and the payload; server and client share this one codec.
 */
public final class StreamFrames {

    /** Bytes in a frame header. */
    public static final int HEADER_LENGTH = 8;

    /** The content type of a multiplexed body (API 1.42+ names it; older clients assume it when TTY is off). */
    public static final String MULTIPLEXED_CONTENT_TYPE = "application/vnd.docker.multiplexed-stream";

    /** The content type of a raw body (TTY containers). */
    public static final String RAW_CONTENT_TYPE = "application/vnd.docker.raw-stream";

    private StreamFrames() {
    }

    /** Writes one frame; an empty payload writes nothing (a zero-length frame carries no data). */
    public static void write(OutputStream out, StreamType type, byte[] payload, int offset, int length)
            throws IOException {
        Objects.checkFromIndexSize(offset, length, payload.length);
        if (length == 0) {
            return;
        }
        out.write(header(type, length));
        out.write(payload, offset, length);
    }

    public static void write(OutputStream out, StreamType type, byte[] payload) throws IOException {
        write(out, type, payload, 0, payload.length);
    }

    /** The 8 header bytes of a frame of {@code length} payload bytes. */
    public static byte[] header(StreamType type, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("frame length must not be negative: " + length);
        }
        return new byte[] {(byte) type.code(), 0, 0, 0,
                (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }
}
