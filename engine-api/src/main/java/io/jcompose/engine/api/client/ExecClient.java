package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.ExecConfigJson;
import io.jcompose.engine.api.json.ExecInspectJson;
import io.jcompose.engine.api.json.ExecStartJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/** {@link ExecApi} over the engine's UNIX socket, beside {@link ContainerClient} and sharing its JSON rules. */
public final class ExecClient implements ExecApi {

    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    private final StreamingUnixSocketHttp http;

    public ExecClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public String create(String containerId, ExecConfigJson config) throws IOException {
        String target = ApiTarget.of("/containers/" + ContainerClient.segment(containerId) + "/exec").build();
        try (StreamingResponse r = http.open("POST", target, JSON_BODY,
                new ByteArrayInputStream(EngineClient.JSON.writeValueAsBytes(config)))) {
            EngineClient.check(r);
            String id = EngineClient.parse(r.body().readAllBytes()).path("Id").asString("");
            if (id.isEmpty()) {
                throw new IOException("the engine answered the exec create without an ID");
            }
            return id;
        }
    }

    @Override
    public void startDetached(String execId) throws IOException {
        try (StreamingResponse r = http.open("POST", startTarget(execId), JSON_BODY,
                new ByteArrayInputStream(EngineClient.JSON.writeValueAsBytes(ExecStartJson.detached())))) {
            EngineClient.check(r);
            r.body().transferTo(OutputStream.nullOutputStream());
        }
    }

    @Override
    public HijackedStream start(String execId, boolean tty) throws IOException {
        byte[] body = EngineClient.JSON.writeValueAsBytes(new ExecStartJson(false, tty, null));
        StreamingResponse r = http.hijack("POST", startTarget(execId), JSON_BODY, body);
        try {
            EngineClient.check(r);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
        return new HijackedStream(r, tty);
    }

    @Override
    public void resize(String execId, int height, int width) throws IOException {
        String target = ApiTarget.of("/exec/" + ContainerClient.segment(execId) + "/resize")
                .param("h", Integer.toString(height)).param("w", Integer.toString(width)).build();
        try (StreamingResponse r = http.open("POST", target, Map.of(), null)) {
            EngineClient.check(r);
            r.body().transferTo(OutputStream.nullOutputStream());
        }
    }

    @Override
    public ExecInspectJson inspect(String execId) throws IOException {
        String target = ApiTarget.of("/exec/" + ContainerClient.segment(execId) + "/json").build();
        try (StreamingResponse r = http.open("GET", target, Map.of(), null)) {
            EngineClient.check(r);
            return EngineClient.JSON.treeToValue(EngineClient.parse(r.body().readAllBytes()), ExecInspectJson.class);
        }
    }

    private static String startTarget(String execId) {
        return ApiTarget.of("/exec/" + ContainerClient.segment(execId) + "/start").build();
    }
}
