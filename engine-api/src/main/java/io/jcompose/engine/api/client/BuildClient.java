package io.jcompose.engine.api.client;

import io.jcompose.engine.api.transport.BodyWriter;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * {@link BuildApi} over the engine's UNIX socket: the context tar is written into the request as it is sent, and
 * the JSON message stream is reported line by line as it arrives.
 */
public final class BuildClient implements BuildApi {

    private final StreamingUnixSocketHttp http;

    public BuildClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public String build(BuildRequest request, BodyWriter context, BuildOutput output) throws IOException {
        try (StreamingResponse r = http.send("POST", target(request), Map.of("Content-Type", "application/x-tar"),
                context)) {
            EngineClient.check(r);
            return readStream(r.body(), output);
        }
    }

    /** The request target with docker's query parameters; empty and false values are left out. */
    static String target(BuildRequest request) {
        ApiTarget q = ApiTarget.of("/build");
        request.tags().forEach(t -> q.param("t", t));
        q.param("dockerfile", request.dockerfile());
        if (!request.buildArgs().isEmpty()) {
            q.param("buildargs", EngineClient.JSON.writeValueAsString(new TreeMap<>(request.buildArgs())));
        }
        q.param("target", request.target()).flag("nocache", request.noCache()).flag("pull", request.pull());
        if (!request.labels().isEmpty()) {
            q.param("labels", EngineClient.JSON.writeValueAsString(new TreeMap<>(request.labels())));
        }
        q.flag("q", request.quiet()).flag("rm", true).param("networkmode", request.networkMode());
        if (request.shmSize() > 0) {
            q.param("shmsize", Long.toString(request.shmSize()));
        }
        request.extraHosts().forEach(h -> q.param("extrahosts", h));
        q.param("platform", request.platform());
        if (!request.namedContexts().isEmpty()) {
            q.param("namedcontexts", EngineClient.JSON.writeValueAsString(request.namedContexts()));
        }
        return q.build();
    }

    /** Reports each line of the message stream; an error line throws; returns the last {@code aux} ID. */
    static String readStream(InputStream body, BuildOutput output) throws IOException {
        String id = "";
        try (MappingIterator<JsonNode> lines = EngineClient.JSON.readerFor(JsonNode.class).readValues(body)) {
            while (lines.hasNextValue()) {
                JsonNode line = lines.nextValue();
                String error = line.path("errorDetail").path("message").asString("");
                if (error.isEmpty()) {
                    error = line.path("error").asString("");
                }
                if (!error.isEmpty() || line.has("error")) {
                    throw EngineApiException.stream(error.isEmpty() ? "the build failed" : error);
                }
                if (line.path("stream").isString()) {
                    output.text(line.path("stream").asString());
                } else if (line.path("aux").path("ID").isString()) {
                    id = line.path("aux").path("ID").asString();
                    output.imageId(id);
                } else if (line.path("status").isString() && !line.path("progressDetail").has("total")) {
                    String layer = line.path("id").asString("");
                    output.text((layer.isEmpty() ? "" : layer + ": ") + line.path("status").asString() + "\n");
                }
            }
        } catch (JacksonException e) {
            throw new IOException("the engine sent a malformed build stream: " + e.getOriginalMessage(), e);
        }
        return id;
    }
}
