package io.jcompose.runtime.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.util.FutureCallback;

/** Blocking writes to a taken-over Jetty endpoint, for a virtual thread: each write returns once it is sent. */
final class EndPointOutput extends OutputStream {

    private final EndPoint endPoint;

    EndPointOutput(EndPoint endPoint) {
        this.endPoint = endPoint;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return;
        }
        FutureCallback sent = new FutureCallback();
        endPoint.write(sent, ByteBuffer.wrap(b, off, len));
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endPoint.close(e);
            throw new InterruptedIOException("interrupted while writing to the client");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new EofException(e.getCause());
        }
    }
}
