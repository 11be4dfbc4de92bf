package io.jcompose.runtime.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty connection an endpoint switches to after our {@code 101}: it hands the raw bytes both ways to a
 * {@link RawStream} on a virtual thread and closes the endpoint when that returns. Jetty installs it because the
 * handler put it in the request attribute {@code HttpStream.UPGRADE_CONNECTION_ATTRIBUTE}, as WebSocket does.
 */
final class HijackedConnection extends AbstractConnection implements Connection.UpgradeTo {

    private static final Logger LOG = LoggerFactory.getLogger(HijackedConnection.class);
    private static final int OUTPUT_BUFFER = 16 * 1024;

    private final RawStream stream;
    private final String name;
    private volatile ByteBuffer leftover;
    private volatile Thread worker;

    HijackedConnection(EndPoint endPoint, Executor executor, RawStream stream, String name) {
        super(endPoint, executor);
        this.stream = stream;
        this.name = name;
    }

    @Override
    public void onUpgradeTo(ByteBuffer buffer) {
        if (buffer != null && buffer.hasRemaining()) {
            ByteBuffer copy = ByteBuffer.allocate(buffer.remaining());
            copy.put(buffer).flip();
            leftover = copy;
        }
    }

    @Override
    public void onOpen() {
        super.onOpen();
        getEndPoint().setIdleTimeout(0); // an attached container may print nothing for hours
        worker = Thread.ofVirtual().name("hijack " + name).start(this::serve);
    }

    private void serve() {
        EndPoint endPoint = getEndPoint();
        try (OutputStream out = new BufferedOutputStream(new EndPointOutput(endPoint), OUTPUT_BUFFER)) {
            stream.run(new EndPointInput(endPoint, leftover), out);
        } catch (IOException e) {
            LOG.debug("{}: connection ended: {}", name, e.toString());
        } catch (RuntimeException e) {
            LOG.warn("{}: stream failed", name, e);
        } finally {
            endPoint.shutdownOutput();
            endPoint.close();
        }
    }

    @Override
    public void onFillable() {
        // reads happen on the worker thread through EndPointInput, which registers its own fill interest
    }

    @Override
    public boolean onIdleExpired(TimeoutException timeout) {
        return false;
    }

    @Override
    public void onClose(Throwable cause) {
        super.onClose(cause);
        Thread running = worker;
        if (running != null && running != Thread.currentThread()) {
            running.interrupt(); // the client went away: end a follow that has nothing to write
        }
    }
}
