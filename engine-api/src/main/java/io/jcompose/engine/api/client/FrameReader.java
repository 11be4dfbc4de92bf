package io.jcompose.engine.api.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits docker's multiplexed stream (an 8-byte header: stream 0/1/2/3, three zero bytes, a big-endian payload
 * length; then the payload) onto stdout and stderr, however the frames fall across reads. Stream 3 is the
 * engine's own error, raised as an IOException.
 */
final class FrameReader {

    private static final int HEADER = 8;
    private static final int STDIN = 0;
    private static final int STDOUT = 1;
    private static final int STDERR = 2;
    private static final int SYSTEM_ERROR = 3;

    private final InputStream in;
    private final byte[] buffer = new byte[32 * 1024];

    FrameReader(InputStream in) {
        this.in = in;
    }

    /** Copies every frame until the stream ends, flushing after each frame so that a follower sees lines live. */
    void copy(OutputStream stdout, OutputStream stderr) throws IOException {
        byte[] header = new byte[HEADER];
        while (true) {
            int got = in.readNBytes(header, 0, HEADER);
            if (got == 0) {
                return;
            }
            if (got < HEADER) {
                throw new EOFException("the engine's output stream ended inside a frame header (" + got
                        + " of 8 bytes)");
            }
            int stream = header[0] & 0xff;
            long length = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                    | (header[7] & 0xff);
            switch (stream) {
                case STDIN, STDOUT -> payload(length, stdout);
                case STDERR -> payload(length, stderr);
                case SYSTEM_ERROR -> throw new IOException(systemError(length));
                default -> throw new IOException("the engine's output stream has a frame of unknown stream "
                        + stream);
            }
        }
    }

    private void payload(long length, OutputStream to) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the engine's output stream ended inside a frame (" + left + " of "
                        + length + " bytes missing)");
            }
            to.write(buffer, 0, n);
            left -= n;
        }
        to.flush();
    }

    private String systemError(long length) throws IOException {
        byte[] message = in.readNBytes((int) Math.min(length, 64 * 1024));
        return new String(message, StandardCharsets.UTF_8).strip();
    }
}
