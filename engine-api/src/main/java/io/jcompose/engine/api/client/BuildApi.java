package io.jcompose.engine.api.client;

import io.jcompose.engine.api.transport.BodyWriter;
import java.io.IOException;

/**
 * The engine's {@code POST /build} (Docker's classic builder), so that {@code image build} and compose's builds can
 * run against a fake in tests. A failed build throws {@link EngineApiException} with the builder's message (status
 * 0); a refused request (no such route: 404) throws it with the status.
 */
public interface BuildApi {

    /**
     * Sends {@code context} (a tar written as it is sent) and the request; reports the stream to {@code output};
     * returns the image ID (empty if the engine sent none).
     */
    String build(BuildRequest request, BodyWriter context, BuildOutput output) throws IOException;
}
