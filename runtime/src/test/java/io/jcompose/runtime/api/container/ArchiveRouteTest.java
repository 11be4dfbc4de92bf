package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerId;
import io.jcompose.runtime.container.ContainerName;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerState;
import io.jcompose.runtime.container.archive.ContainerArchives;
import io.jcompose.runtime.container.archive.ContainerRoots;
import io.jcompose.runtime.sys.FakeNative;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The archive endpoints over a container whose root is a temp directory (no mounts, no root needed). */
class ArchiveRouteTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @TempDir
    Path dir;
    private Path root;
    private FakeNative sys;
    private String createBody = "{\"Image\":\"bb:1\"}";
    private List<Route> routes;

    @BeforeEach
    void container() throws IOException {
        root = Files.createDirectories(dir.resolve("rootfs"));
        Files.createDirectories(root.resolve("tmp/dir"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\napp:x:1234:4321::/home/app:/bin/sh\n");
        Files.writeString(root.resolve("tmp/dir/file.txt"), "hello");
        Files.createSymbolicLink(root.resolve("tmp/link"), Path.of("/../../tmp/dir/file.txt"));
        Files.writeString(dir.resolve("host.txt"), "host secret");
        sys = new FakeNative();
        ContainerRoots roots = new ContainerRoots() {
            @Override
            public <T> T withRoot(String idOrName, Work<T> work) throws IOException {
                if (!idOrName.equals("web")) {
                    throw ContainerException.notFound(idOrName);
                }
                ContainerCreateJson create = JSON.readValue(createBody, ContainerCreateJson.class);
                return work.run(new ContainerRecord(ContainerId.random(), ContainerName.of("web"), Instant.now(),
                        "bb:1", "sha256:" + "0".repeat(64), create, "sh", List.of(), ContainerState.created()), root);
            }
        };
        routes = new ArchiveRoute(new ContainerArchives(roots, sys)).routes();
    }

    @Test
    void headStatsAFileADirectoryAndASymlinkWhoseTargetIsResolvedInTheRoot() throws Exception {
        assertThat(stat(call("HEAD", "web", "/tmp/dir/file.txt")))
                .contains("\"name\":\"file.txt\",\"size\":5,\"mode\":420,").endsWith("\"linkTarget\":\"\"}");
        assertThat(stat(call("HEAD", "web", "/tmp/dir/"))).contains("\"name\":\"dir\"", "\"mode\":" + ((1L << 31) | 0755));
        assertThat(stat(call("HEAD", "web", "/tmp/link")))
                .contains("\"name\":\"link\"", "\"mode\":" + ((1L << 27) | 0777), "\"linkTarget\":\"/tmp/dir/file.txt\"");
        assertThat(stat(call("HEAD", "web", "/"))).contains("\"name\":\"/\"");
    }

    @Test
    void missingPathsContainersAndEmptyPathsGetDockersAnswers() {
        assertThatThrownBy(() -> call("HEAD", "web", "/nope/x")).isInstanceOf(ApiException.class)
                .hasMessage("Could not find the file /nope/x in container web")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(404);
        assertThatThrownBy(() -> call("GET", "web", "tmp/dir/file.txt/x"))
                .hasMessage("Could not find the file tmp/dir/file.txt/x in container web");
        assertThatThrownBy(() -> call("GET", "db", "/tmp")).hasMessage("No such container: db");
        assertThatThrownBy(() -> call("GET", "web", "")).hasMessage("bad parameter: 'path' cannot be empty")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
    }

    @Test
    void getReturnsTheStatAndTheTar() throws Exception {
        ApiResponse response = call("GET", "web", "/tmp/dir");
        assertThat(response.contentType()).isEqualTo("application/x-tar");
        assertThat(stat(response)).contains("\"name\":\"dir\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.streamer().write(out);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(tar.getNextEntry().getName()).isEqualTo("dir/");
            TarArchiveEntry file = tar.getNextEntry();
            assertThat(file.getName()).isEqualTo("dir/file.txt");
            assertThat(new String(tar.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
    }

    @Test
    void putExtractsIntoADirectoryThroughASymlinkButNotIntoAFileOrAMissingDirectory() throws Exception {
        Files.createSymbolicLink(root.resolve("to-dir"), Path.of("/tmp/dir"));
        assertThat(put("/to-dir", "", tar("new.txt", "fresh")).status()).isEqualTo(200);
        assertThat(Files.readString(root.resolve("tmp/dir/new.txt"))).isEqualTo("fresh");
        assertThat(sys.owner("tmp/dir/new.txt")).contains(new FakeNative.Owner(5, 6));
        assertThatThrownBy(() -> put("/tmp/dir/file.txt", "", tar("x", "x")))
                .hasMessage("extraction point is not a directory")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> put("/no/where", "", tar("x", "x")))
                .hasMessage("Could not find the file /no/where in container web")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(404);
        assertThatThrownBy(() -> put("/tmp", "", tar("../../escape", "x")))
                .hasMessage("\"../../escape\" is outside of \"/tmp\"")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
        assertThat(dir.resolve("escape")).doesNotExist();
    }

    @Test
    void putHonoursCopyUidGidNoOverwriteDirNonDirAndReadOnlyRoots() throws Exception {
        createBody = "{\"Image\":\"bb:1\",\"User\":\"app\"}";
        put("/tmp", "copyUIDGID=1", tar("owned", "x"));
        assertThat(sys.owner("tmp/owned")).contains(new FakeNative.Owner(1234, 4321));
        assertThatThrownBy(() -> put("/tmp", "noOverwriteDirNonDir=true", tar("dir", "x")))
                .hasMessage("cannot overwrite directory \"/tmp/dir\" with non-directory \"/tmp\"");
        createBody = "{\"Image\":\"bb:1\",\"HostConfig\":{\"ReadonlyRootfs\":true}}";
        assertThatThrownBy(() -> put("/tmp", "", tar("x", "x"))).hasMessage("container rootfs is marked read-only");
    }

    @Test
    void dockerBooleans() {
        for (String yes : List.of("1", "true", "True", "yes", "on")) {
            assertThat(ArchiveRoute.bool(request("PUT", "web", Map.of("b", List.of(yes)), null), "b")).isTrue();
        }
        for (String no : List.of("", "0", "false", "FALSE", "no", "none")) {
            assertThat(ArchiveRoute.bool(request("PUT", "web", Map.of("b", List.of(no)), null), "b")).isFalse();
        }
    }

    private ApiResponse call(String method, String id, String path) throws Exception {
        return handler(method).handle(request(method, id, Map.of("path", List.of(path)), null));
    }

    private ApiResponse put(String path, String flag, byte[] tar) throws Exception {
        Map<String, List<String>> query = new java.util.HashMap<>(Map.of("path", List.of(path)));
        if (!flag.isEmpty()) {
            query.put(flag.substring(0, flag.indexOf('=')), List.of(flag.substring(flag.indexOf('=') + 1)));
        }
        return handler("PUT").handle(request("PUT", "web", query, new ByteArrayInputStream(tar)));
    }

    private Route.Handler handler(String method) {
        return routes.stream().filter(r -> r.method().equals(method)).findFirst().orElseThrow().handler();
    }

    private static ApiRequest request(String method, String id, Map<String, List<String>> query, InputStream body) {
        return new ApiRequest(method, "/containers/" + id + "/archive", Map.of("id", id), query, Map.of(), "1.43",
                body);
    }

    private static String stat(ApiResponse response) {
        return new String(Base64.getDecoder().decode(response.headers().get("X-Docker-Container-Path-Stat")),
                StandardCharsets.UTF_8);
    }

    private static byte[] tar(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setSize(data.length);
            e.setUserId(5);
            e.setGroupId(6);
            tar.putArchiveEntry(e);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }
}
