package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerTopJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.container.ContainerId;
import io.jcompose.runtime.container.ContainerName;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerState;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.stats.CgroupFs;
import io.jcompose.runtime.container.stats.ContainerStats;
import io.jcompose.runtime.container.stats.ProcessTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** top and stats over a fake cgroup tree and a canned ps: the statuses, the query rules, the stream's shape. */
class TopStatsRoutesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private ContainerStore store;
    private ContainerRecord running;
    private ContainerRecord stopped;
    private CgroupFs cgroups;

    @BeforeEach
    void setUp() throws IOException {
        store = ContainerStore.open(dir.resolve("state"));
        running = record("web", ContainerState.created().running(1188, Instant.now()));
        stopped = record("old", ContainerState.created());
        cgroups = CgroupFs.detect(dir.resolve("cg"));
        for (String ctl : List.of("pids", "memory", "cpuacct", "cpu")) {
            Files.createDirectories(cgroups.dir(ctl, running.id().hex()));
        }
        Files.writeString(cgroups.dir("pids", running.id().hex()).resolve("cgroup.procs"), "1188\n");
        Files.writeString(cgroups.dir("pids", running.id().hex()).resolve("pids.current"), "1\n");
        Files.writeString(cgroups.dir("memory", running.id().hex()).resolve("memory.usage_in_bytes"), "4096\n");
        Files.createDirectories(dir.resolve("proc"));
        Files.writeString(dir.resolve("proc/stat"), "cpu  1 2 3 4 5 6 7 8\ncpu0 1 2 3 4 5 6 7 8\n");
    }

    private ContainerRecord record(String name, ContainerState state) throws IOException {
        ContainerRecord r = new ContainerRecord(ContainerId.random(), ContainerName.of(name), Instant.now(), "bb:1",
                "sha256:" + "0".repeat(64), new ContainerCreateJson(ContainerConfigJson.of("bb:1", List.of("sh")),
                        null, null), "sh", List.of(), state);
        store.add(r);
        return r;
    }

    private static ApiRequest get(String id, Map<String, List<String>> query) {
        return new ApiRequest("GET", "/containers/" + id + "/x", Map.of("id", id), query, Map.of(), "1.43", null);
    }

    private static JsonNode body(ApiResponse r) throws IOException {
        if (r.isStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.streamer().write(out);
            return JSON.readTree(out.toString(StandardCharsets.UTF_8).lines().toList().getFirst());
        }
        return JSON.readTree(r.body());
    }

    @Test
    void topOfARunningContainerAndDockersConflictOtherwise() throws Exception {
        TopRoute top = new TopRoute(store, new ProcessTable(cgroups, args -> "PID CMD\n1188 sleep 100\n1 init\n"));
        ApiResponse ok = top.route().handler().handle(get("web", Map.of()));
        ContainerTopJson json = JSON.readValue(ok.body(), ContainerTopJson.class);
        assertThat(json.titles()).containsExactly("PID", "CMD");
        assertThat(json.processes()).containsExactly(List.of("1188", "sleep 100"));
        assertThatThrownBy(() -> top.route().handler().handle(get("old", Map.of())))
                .isInstanceOf(ApiException.class).hasMessage("Container " + stopped.id() + " is not running")
                .extracting(e -> ((ApiException) e).status()).isEqualTo(409);
        assertThatThrownBy(() -> top.route().handler().handle(get("nope", Map.of())))
                .extracting(e -> ((ApiException) e).status()).isEqualTo(404);
        assertThatThrownBy(() -> top.route().handler().handle(get("web", Map.of("ps_args",
                List.of("-o user=PID"))))).extracting(e -> ((ApiException) e).status()).isEqualTo(400);
    }

    @Test
    void statsOneShotNoStreamAndStream() throws Exception {
        StatsRoute stats = new StatsRoute(store, new ContainerStats(cgroups, dir.resolve("proc"),
                Clock.systemUTC()), Duration.ofMillis(20));
        JsonNode oneShot = body(stats.handle(get("web", Map.of("stream", List.of("0"), "one-shot",
                List.of("1")))));
        assertThat(oneShot.get("name").asString()).isEqualTo("/web");
        assertThat(oneShot.get("preread").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(oneShot.at("/memory_stats/usage").asLong()).isEqualTo(4096);
        assertThat(oneShot.at("/pids_stats/current").asLong()).isEqualTo(1);

        JsonNode noStream = body(stats.handle(get("web", Map.of("stream", List.of("false")))));
        assertThat(noStream.get("preread").asString()).isNotEqualTo("0001-01-01T00:00:00Z");
        assertThat(noStream.at("/precpu_stats/online_cpus").asInt()).isEqualTo(1);

        JsonNode idle = body(stats.handle(get("old", Map.of("stream", List.of("0")))));
        assertThat(idle.get("id").asString()).isEqualTo(stopped.id().hex());
        assertThat(idle.get("read").asString()).isEqualTo("0001-01-01T00:00:00Z");

        assertThatThrownBy(() -> stats.handle(get("web", Map.of("one-shot", List.of("1")))))
                .hasMessage("cannot have stream=true and one-shot=true");

        ApiResponse streamed = stats.handle(get("web", Map.of()));
        assertThat(streamed.isStream()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread stopper = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(150);
                store.update(store.get(running.id()).withState(running.state().exited(0, Instant.now(), false)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        streamed.streamer().write(out);
        stopper.join();
        List<String> frames = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(frames.size()).isGreaterThanOrEqualTo(2);
        assertThat(JSON.readTree(frames.get(0)).get("preread").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(JSON.readTree(frames.get(1)).get("preread").asString())
                .isEqualTo(JSON.readTree(frames.get(0)).get("read").asString());
    }
}
