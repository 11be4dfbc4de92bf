package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.stream.Demultiplexer;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.container.BundleWriter;
import io.jcompose.runtime.container.ContainerLayout;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.EngineFiles;
import io.jcompose.runtime.container.OverlayRootfs;
import io.jcompose.runtime.container.TestImages;
import io.jcompose.runtime.container.log.K8sFileLine;
import io.jcompose.runtime.container.log.LogRecord;
import io.jcompose.runtime.container.log.LogStream;
import io.jcompose.runtime.container.monitor.ExitWatcher;
import io.jcompose.runtime.container.monitor.FakeOciRuntime;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.runtime.sys.FakeNative;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attach route against the container service with a fake runtime: we play conmon by writing its log lines. */
class AttachRouteTest {

    @TempDir
    Path state;

    private FakeOciRuntime runtime;
    private Containers containers;
    private ExitWatcher watcher;
    private AttachRoute route;

    @BeforeEach
    void setUp() throws IOException {
        ImageStore images = ImageStore.open(state.resolve("images"));
        TestImages.busybox(images, "busybox:test");
        runtime = new FakeOciRuntime(state.resolve("exits"));
        FakeNative sys = new FakeNative();
        Snapshots snapshots = new Snapshots(state, new LayerExtractor(sys));
        containers = new Containers(ContainerStore.open(state), images, new ImageUnpacker(images.blobs(), snapshots),
                new OverlayRootfs(sys, state.resolve("empty")), runtime, new CommandOnly(),
                new EngineFiles(state.resolve("no-resolv.conf")), Clock.systemUTC());
        watcher = ExitWatcher.watch(runtime.exitFile("x").getParent(), containers::exited);
        route = new AttachRoute(containers, Clock.systemUTC(), Duration.ofMillis(10));
    }

    @AfterEach
    void tearDown() throws IOException {
        watcher.close();
        containers.close();
    }

    @Test
    void attachedBeforeStartItGetsEverythingTheRunPrintsAndEndsAtTheExit() throws Exception {
        ContainerRecord r = create("job", false);
        ApiResponse answer = route.handle(request("job", "1.47", "stream=1&stdout=1&stderr=1"));
        assertThat(answer.status()).isEqualTo(101);
        assertThat(answer.contentType()).isEqualTo("application/vnd.docker.multiplexed-stream");
        Thread reader = run(answer);
        containers.start("job");
        log(r, Instant.now(), LogStream.STDOUT, "hi");
        log(r, Instant.now(), LogStream.STDERR, "err");
        runtime.exit(r.id().hex(), 3);
        reader.join(5000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(stdout).isEqualTo("hi\n");
        assertThat(stderr).isEqualTo("err\n");
    }

    @Test
    void withoutLogsTheOutputOfEarlierRunsIsNotRepeatedAndWithLogsItComesFirst() throws Exception {
        ContainerRecord r = create("again", false);
        log(r, Instant.now().minusSeconds(60), LogStream.STDOUT, "old");
        Thread live = run(route.handle(request("again", "1.47", "stream=1&stdout=1&stderr=1")));
        Thread all = run(route.handle(request("again", "1.47", "stream=0&logs=1&stdout=1")));
        all.join(5000);
        assertThat(stdout).isEqualTo("old\n");
        stdout = "";
        containers.start("again");
        log(r, Instant.now(), LogStream.STDOUT, "new");
        runtime.exit(r.id().hex(), 0);
        live.join(5000);
        assertThat(live.isAlive()).isFalse();
        assertThat(stdout).isEqualTo("new\n");
    }

    @Test
    void onlyTheStreamsAskedForAndRawForOldClientsAndTerminals() throws Exception {
        ContainerRecord r = create("quiet", false);
        log(r, Instant.now().minusSeconds(1), LogStream.STDOUT, "out");
        log(r, Instant.now().minusSeconds(1), LogStream.STDERR, "err");
        run(route.handle(request("quiet", "1.47", "logs=1&stderr=1"))).join(5000);
        assertThat(stdout).isEmpty();
        assertThat(stderr).isEqualTo("err\n");
        assertThat(route.handle(request("quiet", "1.41", "stream=1&stdout=1")).contentType())
                .isEqualTo("application/vnd.docker.raw-stream");
        create("term", true);
        assertThat(route.handle(request("term", "1.47", "stream=1&stdout=1")).contentType())
                .isEqualTo("application/vnd.docker.raw-stream");
    }

    @Test
    void errorsReadLikeDockers() throws Exception {
        create("napping", false);
        containers.start("napping");
        containers.pause("napping");
        var attach = route.routes().getFirst();
        assertThat(attach.template()).isEqualTo("/containers/{id}/attach");
        assertThatThrownBy(() -> attach.handler().handle(request("napping", "1.47", "stream=1")))
                .isInstanceOf(ApiException.class)
                .hasMessage("container napping is paused, unpause the container before attach")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(409);
        assertThatThrownBy(() -> attach.handler().handle(request("nobody", "1.47", "stream=1")))
                .isInstanceOf(ApiException.class).hasMessage("No such container: nobody")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(404);
        assertThatThrownBy(() -> attach.handler().handle(request("napping", "1.47", "detachKeys=ctrl-1")))
                .hasMessage("Invalid detach keys (ctrl-1) provided")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
        containers.unpause("napping");
    }

    @Test
    void resizeNeedsARunningContainerAndNumbersAndIgnoresOneWithoutATerminal() throws Exception {
        var resize = route.routes().get(1);
        assertThat(resize.template()).isEqualTo("/containers/{id}/resize");
        ContainerRecord idle = create("idle", true);
        assertThatThrownBy(() -> resize.handler().handle(request("idle", "1.47", "h=24&w=80")))
                .hasMessage("Container " + idle.id().hex() + " is not running")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(409);
        assertThatThrownBy(() -> resize.handler().handle(request("idle", "1.47", "h=tall&w=80")))
                .hasMessage("invalid h \"tall\": not a terminal size")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> resize.handler().handle(request("nobody", "1.47", "h=24&w=80")))
                .hasMessage("No such container: nobody");
        create("plain", false);
        containers.start("plain");
        assertThat(resize.handler().handle(request("plain", "1.47", "h=24&w=80")).status()).isEqualTo(200);
        containers.start("idle"); // the fake runtime has no conmon to tell
        assertThatThrownBy(() -> resize.handler().handle(request("idle", "1.47", "h=24&w=80")))
                .hasMessage("Container " + idle.id().hex() + " is not running");
    }

    @Test
    void detachKeysParseAsDockersDo() {
        assertThat(AttachOptions.detachKeys("ctrl-p,ctrl-q")).containsExactly(0x10, 0x11);
        assertThat(AttachOptions.detachKeys("a,ctrl-@,ctrl-_,ctrl-[")).containsExactly('a', 0, 31, 27);
        assertThat(AttachOptions.detachKeys("")).isEmpty();
        for (String bad : List.of("ctrl-", "ctrl-ab", "ab", "a,,b", "ctrl-1")) {
            assertThatThrownBy(() -> AttachOptions.detachKeys(bad))
                    .hasMessage("Invalid detach keys (" + bad + ") provided");
        }
    }

    private volatile String stdout = "";
    private volatile String stderr = "";

    /** Runs the hijacked stream as the server would, demultiplexing what it writes into stdout and stderr. */
    private Thread run(ApiResponse answer) {
        return Thread.ofVirtual().start(() -> {
            try {
                ByteArrayOutputStream wire = new ByteArrayOutputStream();
                answer.rawStream().run(java.io.InputStream.nullInputStream(), wire);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                new Demultiplexer(new ByteArrayInputStream(wire.toByteArray())).copyTo(out, err);
                stdout += out.toString(StandardCharsets.UTF_8);
                stderr += err.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private ContainerRecord create(String name, boolean tty) throws IOException {
        ContainerConfigJson config = tools.jackson.databind.json.JsonMapper.builder().build().readValue(
                "{\"Image\":\"busybox:test\",\"Cmd\":[\"sleep\",\"60\"],\"Tty\":" + tty + "}",
                ContainerConfigJson.class);
        return containers.create(Optional.of(name), new ContainerCreateJson(config, HostConfigJson.empty(), null));
    }

    private void log(ContainerRecord r, Instant time, LogStream stream, String text) throws IOException {
        ContainerLayout layout = containers.store().layout(r.id());
        Files.write(layout.log(), K8sFileLine.format(LogRecord.of(time, stream, text, false), ZoneOffset.UTC),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static ApiRequest request(String id, String version, String query) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        for (String kv : query.split("&")) {
            String[] p = kv.split("=", 2);
            params.put(p[0], List.of(p[1]));
        }
        return new ApiRequest("POST", "/containers/" + id + "/attach", Map.of("id", id), params, Map.of(), version,
                null);
    }

    /** Takes the command from Cmd alone and writes an empty config: enough for the fake runtime. */
    private static final class CommandOnly implements BundleWriter {
        @Override
        public List<String> command(ContainerRecord record, StoredImage image) {
            return new ArrayList<>(record.config().cmd());
        }

        @Override
        public void write(ContainerRecord record, StoredImage image, ContainerLayout layout,
                java.util.Optional<java.nio.file.Path> netns) throws IOException {
            Files.createDirectories(layout.bundle());
            Files.writeString(layout.bundle().resolve("config.json"), "{}");
        }
    }
}
