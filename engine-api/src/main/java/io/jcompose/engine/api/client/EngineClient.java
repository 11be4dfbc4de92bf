package io.jcompose.engine.api.client;

import io.jcompose.engine.api.ApiVersions;
import io.jcompose.engine.api.json.AuthConfigJson;
import io.jcompose.engine.api.json.ImageDeleteJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import io.jcompose.engine.api.json.ImagePruneJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Docker Engine API client over the engine's UNIX socket: every request names API {@link ApiVersions#forRequests()} (CURRENT, or an older engine's),
 * bodies and progress stream both ways, and refusals become {@link EngineApiException}.
 */
public final class EngineClient implements ImageApi {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final StreamingUnixSocketHttp http;

    public EngineClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public List<ImageSummaryJson> listImages(boolean all) throws IOException {
        JsonNode list = json("GET", ApiTarget.of("/images/json").flag("all", all).build(), null);
        return list.valueStream().map(EngineClient::summary).toList();
    }

    /** Null lists and maps, as a Docker daemon may send, become empty ones. */
    private static ImageSummaryJson summary(JsonNode node) {
        ObjectNode o = ((ObjectNode) node).deepCopy();
        for (String list : List.of("RepoTags", "RepoDigests")) {
            if (!o.path(list).isArray()) {
                o.putArray(list);
            }
        }
        if (!o.path("Labels").isObject()) {
            o.putObject("Labels");
        }
        return JSON.treeToValue(o, ImageSummaryJson.class);
    }

    @Override
    public ImageInspectJson inspectImage(String name) throws IOException {
        return JSON.treeToValue(json("GET", ApiTarget.of("/images/" + name + "/json").build(), null), ImageInspectJson.class);
    }

    @Override
    public void pullImage(String image, String tag, AuthConfigJson auth, Consumer<ProgressJson> progress)
            throws IOException {
        String target = ApiTarget.of("/images/create").param("fromImage", image).param("tag", tag).build();
        stream("POST", target, authHeader(auth), null, progress);
    }

    @Override
    public void pushImage(String name, String tag, AuthConfigJson auth, Consumer<ProgressJson> progress)
            throws IOException {
        String target = ApiTarget.of("/images/" + name + "/push").param("tag", tag).build();
        stream("POST", target, authHeader(auth), null, progress);
    }

    @Override
    public void importImage(InputStream rootfs, ImportRequest request, Consumer<ProgressJson> progress)
            throws IOException {
        ApiTarget q = ApiTarget.of("/images/create").param("fromSrc", "-").param("repo", request.repo())
                .param("tag", request.tag()).param("message", request.message());
        for (String change : request.changes()) {
            q.param("changes", change);
        }
        stream("POST", q.build(), Map.of("Content-Type", "application/x-tar"), rootfs, progress);
    }

    @Override
    public void loadImages(InputStream archive, boolean quiet, Consumer<ProgressJson> progress) throws IOException {
        stream("POST", ApiTarget.of("/images/load").flag("quiet", quiet).build(),
                Map.of("Content-Type", "application/x-tar"), archive, progress);
    }

    @Override
    public void saveImages(List<String> names, OutputStream archive) throws IOException {
        ApiTarget q = ApiTarget.of("/images/get");
        names.forEach(n -> q.param("names", n));
        try (StreamingResponse r = http.open("GET", q.build(), Map.of(), null)) {
            check(r);
            r.body().transferTo(archive);
        }
        archive.flush();
    }

    @Override
    public void tagImage(String source, String repo, String tag) throws IOException {
        json("POST", ApiTarget.of("/images/" + source + "/tag").param("repo", repo).param("tag", tag).build(), null);
    }

    @Override
    public List<ImageDeleteJson> removeImage(String name, boolean force, boolean noPrune) throws IOException {
        JsonNode list = json("DELETE", ApiTarget.of("/images/" + name).flag("force", force).flag("noprune", noPrune)
                .build(), null);
        return list.valueStream().map(n -> JSON.treeToValue(n, ImageDeleteJson.class)).toList();
    }

    @Override
    public ImagePruneJson pruneImages(boolean all) throws IOException {
        ApiTarget q = ApiTarget.of("/images/prune");
        if (all) {
            q.param("filters", "{\"dangling\":[\"false\"]}");
        }
        JsonNode report = json("POST", q.build(), null);
        ImagePruneJson prune = JSON.treeToValue(report, ImagePruneJson.class);
        return prune.imagesDeleted() == null ? new ImagePruneJson(List.of(), prune.spaceReclaimed()) : prune;
    }

    /** A request with a small JSON answer (an empty body reads as JSON null). */
    private JsonNode json(String method, String target, InputStream body) throws IOException {
        try (StreamingResponse r = http.open(method, target, Map.of(), body)) {
            check(r);
            byte[] bytes = r.body().readAllBytes();
            return bytes.length == 0 ? JSON.nullNode() : parse(bytes);
        }
    }

    private void stream(String method, String target, Map<String, String> headers, InputStream body,
            Consumer<ProgressJson> progress) throws IOException {
        try (StreamingResponse r = http.open(method, target, headers, body)) {
            check(r);
            try (MappingIterator<ProgressJson> lines = JSON.readerFor(ProgressJson.class).readValues(r.body())) {
                while (lines.hasNextValue()) {
                    ProgressJson line = lines.nextValue();
                    if (line.error() != null || line.errorDetail() != null) {
                        throw EngineApiException.stream(line.error() != null ? line.error()
                                : line.errorDetail().message());
                    }
                    progress.accept(line);
                }
            } catch (JacksonException e) {
                throw new IOException("the engine sent a malformed progress stream: " + e.getOriginalMessage(), e);
            }
        }
    }

    /** Throws the engine's refusal as {@link EngineApiException} unless the status is 2xx (or 101, upgraded). */
    static void check(StreamingResponse r) throws IOException {
        if (r.isSuccess() || r.upgraded()) {
            return;
        }
        String text = new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
        String message = text.strip();
        try {
            JsonNode error = JSON.readTree(text);
            if (error.path("message").isString()) {
                message = error.path("message").asString();
            }
        } catch (JacksonException notJson) {
            // the body as it came
        }
        throw EngineApiException.response(r.status(), message.isEmpty() ? "status " + r.status() : message);
    }

    static JsonNode parse(byte[] bytes) throws IOException {
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new IOException("the engine sent malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code X-Registry-Auth}: base64url of the auth config JSON, as docker sends it. */
    static Map<String, String> authHeader(AuthConfigJson auth) {
        if (auth == null) {
            return Map.of();
        }
        byte[] json = JSON.writeValueAsBytes(auth);
        return Map.of("X-Registry-Auth", Base64.getUrlEncoder().encodeToString(json));
    }
}
