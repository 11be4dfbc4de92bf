package io.jcompose.engine.api.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 chunked transfer coding of a body written in pieces; remembers whether the connection itself failed
 * (the engine answered early and closed) as opposed to the writer's own input.
 */
final class ChunkedOutputStream extends OutputStream {

    private static final int CHUNK = 64 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[CHUNK];
    private int count;
    private boolean connectionFailed;

    ChunkedOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            flushChunk();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == buffer.length) {
                flushChunk();
            }
            int n = Math.min(len, buffer.length - count);
            System.arraycopy(b, off, buffer, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    private void flushChunk() throws IOException {
        if (count == 0) {
            return;
        }
        try {
            out.write((Integer.toHexString(count) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(buffer, 0, count);
            out.write('\r');
            out.write('\n');
        } catch (IOException e) {
            connectionFailed = true;
            throw e;
        }
        count = 0;
    }

    /** Sends what is buffered and the last (empty) chunk. */
    void finish() throws IOException {
        flushChunk();
        try {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            connectionFailed = true;
            throw e;
        }
    }

    /** Whether a write to the connection failed (not the body writer's own input). */
    boolean connectionFailed() {
        return connectionFailed;
    }

    @Override
    public void close() {
        // the connection stays open for the response
    }
}
