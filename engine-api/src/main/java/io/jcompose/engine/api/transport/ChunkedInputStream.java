package io.jcompose.engine.api.transport;

import java.io.IOException;
import java.io.InputStream;

/** The body of a chunked HTTP/1.1 response, de-chunked as it arrives so progress lines show while they stream. */
final class ChunkedInputStream extends InputStream {

    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!nextChunk()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n < 0) {
            throw new IOException("connection closed in the middle of a chunk");
        }
        left -= n;
        if (left == 0) {
            StreamingUnixSocketHttp.line(in);
        }
        return n;
    }

    /** Whether bytes are left, reading the next chunk's size when the last one is used up. */
    private boolean nextChunk() throws IOException {
        if (done) {
            return false;
        }
        if (left > 0) {
            return true;
        }
        String size = StreamingUnixSocketHttp.line(in);
        int semi = size.indexOf(';');
        try {
            left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size \"" + size + "\" in the engine's response");
        }
        if (left == 0) {
            while (!StreamingUnixSocketHttp.line(in).isEmpty()) {
                // trailers
            }
            done = true;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
