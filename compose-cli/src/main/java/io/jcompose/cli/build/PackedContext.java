package io.jcompose.cli.build;

import io.jcompose.engine.api.transport.BodyWriter;
import java.util.List;

/**
 * A build context checked and ready to stream: the Dockerfile's path inside the tar (for the request's
 * {@code dockerfile}), the names of the named contexts it carries, and the writer that packs the tar as it is sent.
 */
public record PackedContext(String dockerfile, List<String> namedContexts, BodyWriter body) {

    public PackedContext {
        namedContexts = List.copyOf(namedContexts);
    }
}
