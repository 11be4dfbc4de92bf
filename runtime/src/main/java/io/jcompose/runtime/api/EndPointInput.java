package io.jcompose.runtime.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Blocking reads from a taken-over Jetty endpoint, for a virtual thread: bytes Jetty had already read past the
 * request come first, then the endpoint is filled, waiting for fill interest when nothing is there.
 */
final class EndPointInput extends InputStream {

    private final EndPoint endPoint;
    private final ByteBuffer leftover;

    /** @param leftover what the HTTP parser read beyond the request, in flush mode; may be null */
    EndPointInput(EndPoint endPoint, ByteBuffer leftover) {
        this.endPoint = endPoint;
        this.leftover = leftover == null ? ByteBuffer.allocate(0) : leftover;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (leftover.hasRemaining()) {
            int n = Math.min(len, leftover.remaining());
            leftover.get(b, off, n);
            return n;
        }
        ByteBuffer into = ByteBuffer.wrap(b, off, len).slice().limit(0);
        while (true) {
            int n = endPoint.fill(into);
            if (n != 0) {
                if (n < 0) {
                    return -1;
                }
                into.get(b, off, n);
                return n;
            }
            awaitReadable();
        }
    }

    private void awaitReadable() throws IOException {
        FutureCallback readable = new FutureCallback();
        endPoint.fillInterested(readable);
        try {
            readable.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the client");
        } catch (ExecutionException e) {
            throw new EofException(e.getCause());
        }
    }

    @Override
    public int available() {
        return leftover.remaining();
    }
}
