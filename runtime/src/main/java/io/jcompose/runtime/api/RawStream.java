package io.jcompose.runtime.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * What runs on a connection that docker's clients take over after {@code 101 UPGRADED} (attach, exec start): a
 * raw byte stream each way, so that a container's stdin and output can travel on the one connection.
 */
@FunctionalInterface
public interface RawStream {

    /**
     * Runs on its own virtual thread for as long as the exchange lasts; returning (or throwing) closes the
     * connection. {@code fromClient} ends (-1) when the client closes its write side (docker's CLI does as soon as
     * its stdin ends) while {@code toClient} stays usable; {@code toClient} is buffered, so flush what the client
     * must see now. When the client goes away, reads and writes fail and the thread is interrupted.
     */
    void run(InputStream fromClient, OutputStream toClient) throws IOException;
}
