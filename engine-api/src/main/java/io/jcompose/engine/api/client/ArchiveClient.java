package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.PathStatJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** {@link ArchiveApi} over the engine's UNIX socket; tars are streamed both ways, never held in memory. */
public final class ArchiveClient implements ArchiveApi {

    static final String STAT_HEADER = "X-Docker-Container-Path-Stat";

    private final StreamingUnixSocketHttp http;

    public ArchiveClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public PathStatJson stat(String containerId, String path) throws IOException {
        try (StreamingResponse r = http.open("HEAD", target(containerId, path).build(), Map.of(), null)) {
            EngineClient.check(r);
            return stat(r);
        }
    }

    @Override
    public PathStatJson get(String containerId, String path, OutputStream tar) throws IOException {
        try (StreamingResponse r = http.open("GET", target(containerId, path).build(), Map.of(), null)) {
            EngineClient.check(r);
            PathStatJson stat = stat(r);
            r.body().transferTo(tar);
            tar.flush();
            return stat;
        }
    }

    @Override
    public void put(String containerId, String path, InputStream tar, boolean noOverwriteDirNonDir,
            boolean copyUidGid) throws IOException {
        String target = target(containerId, path).flag("noOverwriteDirNonDir", noOverwriteDirNonDir)
                .flag("copyUIDGID", copyUidGid).build();
        try (StreamingResponse r = http.open("PUT", target, Map.of("Content-Type", "application/x-tar"), tar)) {
            EngineClient.check(r);
            r.body().transferTo(OutputStream.nullOutputStream());
        }
    }

    private static ApiTarget target(String containerId, String path) {
        return ApiTarget.of("/containers/" + ContainerClient.segment(containerId) + "/archive").param("path", path);
    }

    /** Decodes the stat header: base64 of docker's JSON. */
    static PathStatJson stat(StreamingResponse r) throws IOException {
        String header = r.header(STAT_HEADER).orElseThrow(() -> new IOException("the engine's archive answer has no "
                + STAT_HEADER + " header"));
        try {
            String json = new String(Base64.getDecoder().decode(header.strip()), StandardCharsets.UTF_8);
            return EngineClient.JSON.readValue(json, PathStatJson.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new IOException("the engine sent a malformed " + STAT_HEADER + " header: " + header, e);
        }
    }
}
