package io.jcompose.runtime.api.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The body of an attached {@code POST /exec/{id}/start}: reads the client's stdin, writes the exec's output
 * (framed unless TTY) and returns when the exec ended; it fits a plain streamed response (no stdin) and a
 * connection hijacked with {@code Upgrade: tcp} alike.
 */
@FunctionalInterface
public interface ExecStream {

    void run(InputStream stdin, OutputStream out) throws IOException;
}
