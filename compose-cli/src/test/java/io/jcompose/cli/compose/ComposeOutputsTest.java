package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.engine.api.json.ContainerSummaryJson.PortJson;
import io.jcompose.engine.api.json.EventJson;
import io.jcompose.engine.api.json.ImageInspectJson;
import io.jcompose.model.error.ComposeException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** top, port, images, ls and events output against the fake engine, in docker compose's formats. */
class ComposeOutputsTest {

    @TempDir
    Path dir;

    final FakeContainers containers = new FakeContainers();
    final FakeImages images = new FakeImages(containers.calls);
    final EngineApis engine = new EngineApis(containers, new FakeNetworks(containers.calls), images,
            new FakeVolumes(containers.calls));
    final StringWriter out = new StringWriter();
    Desired desired;

    @BeforeEach
    void stack() {
        desired = Projects.load(dir, ComposeLifecycleTest.STACK);
    }

    FakeContainers.Box add(String service, String state) {
        return containers.add("demo-" + service + "-1", ComposeLifecycleTest.labels(service, 1, false), state);
    }

    PrintWriter writer() {
        return new PrintWriter(out, true);
    }

    @Test
    void topPrintsOneTablePerRunningContainer() throws Exception {
        add("web", "running");
        add("db", "running");
        add("cache", "exited");
        new TopCommand().run(desired, engine, writer());
        assertThat(out.toString()).isEqualTo("""
                demo-db-1
                UID    PID    CMD
                root   4242   sleep 600  \s

                demo-web-1
                UID    PID    CMD
                root   4242   sleep 600  \s

                """);
    }

    @Test
    void portPrintsThePublishedAddress() throws Exception {
        add("web", "running").ports = List.of(new PortJson("127.0.0.1", 80, 18080, "tcp"),
                new PortJson(null, 9000, null, "tcp"));
        PortCommand port = new PortCommand();
        port.service = "web";
        port.privatePort = 80;
        port.protocol = "tcp";
        port.index = 1;
        port.run(desired, engine, writer());
        assertThat(out.toString()).isEqualTo("127.0.0.1:18080\n");

        port.protocol = "udp";
        assertThatThrownBy(() -> port.run(desired, engine, writer())).isInstanceOf(ComposeException.class)
                .hasMessage("no port 80/udp for container demo-web-1");
        port.protocol = "tcp";
        port.index = 2;
        assertThatThrownBy(() -> port.run(desired, engine, writer())).hasMessage("service \"web\" is not running "
                + "container #2");
        port.service = "db";
        port.index = 1;
        assertThatThrownBy(() -> port.run(desired, engine, writer())).hasMessage("service \"db\" is not running");
        port.service = "nope";
        assertThatThrownBy(() -> port.run(desired, engine, writer())).hasMessage("no such service: nope");
    }

    @Test
    void imagesListsEachContainersImage() throws Exception {
        add("web", "running");
        add("db", "exited");
        images.present.add("sha256:1");
        images.inspected.put("sha256:1", new ImageInspectJson("sha256:" + "ab12".repeat(16), List.of("e2e/bb:1"),
                List.of(), "", "", "", "", "", null, "amd64", "", "linux", 1_093_000, null, null, null));
        ImagesCommand command = new ImagesCommand();
        command.format = ImagesCommand.Format.table;
        command.run(desired, engine, writer());
        assertThat(out.toString()).isEqualTo("""
                CONTAINER           REPOSITORY          TAG                 IMAGE ID            SIZE
                demo-db-1           e2e/bb              1                   ab12ab12ab12        1.09MB
                demo-web-1          e2e/bb              1                   ab12ab12ab12        1.09MB
                """);
        out.getBuffer().setLength(0);
        command.quiet = true;
        command.run(desired, engine, writer());
        assertThat(out.toString()).isEqualTo("ab12".repeat(16) + "\n");
        out.getBuffer().setLength(0);
        command.quiet = false;
        command.format = ImagesCommand.Format.json;
        command.services = List.of("web");
        command.run(desired, engine, writer());
        assertThat(out.toString()).isEqualTo("[{\"ID\":\"sha256:" + "ab12".repeat(16) + "\",\"ContainerName\":"
                + "\"demo-web-1\",\"Repository\":\"e2e/bb\",\"Tag\":\"1\",\"Size\":1093000}]\n");
    }

    @Test
    void lsGroupsContainersByProjectAndCountsStates() throws Exception {
        add("web", "running");
        add("db", "running");
        add("cache", "exited");
        Map<String, String> other = new HashMap<>(ComposeLifecycleTest.labels("app", 1, false));
        other.put(Labels.PROJECT, "alpha");
        other.put(Labels.CONFIG_FILES, "/srv/alpha/compose.yaml");
        containers.add("alpha-app-1", other, "exited");
        containers.add("loose", Map.of(), "running");
        LsCommand ls = new LsCommand();
        ls.all = true;
        ls.format = LsCommand.Format.table;
        ls.run(engine, List.of(), writer());
        assertThat(out.toString()).isEqualTo("""
                NAME                STATUS                  CONFIG FILES
                alpha               exited(1)               /srv/alpha/compose.yaml
                demo                exited(1), running(2)  \s
                """);
        out.getBuffer().setLength(0);
        ls.format = LsCommand.Format.json;
        ls.run(engine, List.of("^al"), writer());
        assertThat(out.toString()).isEqualTo("[{\"Name\":\"alpha\",\"Status\":\"exited(1)\",\"ConfigFiles\":"
                + "\"/srv/alpha/compose.yaml\"}]\n");
        out.getBuffer().setLength(0);
        ls.quiet = true;
        ls.all = false;
        ls.run(engine, List.of(), writer());
        assertThat(out.toString()).isEqualTo("demo\n");
    }

    @Test
    void eventsAreFilteredByServiceAndPrintedAsDockerComposePrintsThem() throws Exception {
        Map<String, String> web = new HashMap<>(ComposeLifecycleTest.labels("web", 1, false));
        web.putAll(Map.of("image", "e2e/bb:1", "name", "demo-web-1"));
        Map<String, String> runner = new HashMap<>(ComposeLifecycleTest.labels("web", 1, true));
        List<EventJson> stream = List.of(
                new EventJson("container", "start", new EventJson.ActorJson("c0ffee", web), "local", 1_795_615_200L,
                        1_795_615_200_123_456_789L),
                new EventJson("container", "start", new EventJson.ActorJson("0ff", runner), "local", 1, 0),
                new EventJson("container", "die", new EventJson.ActorJson("db1",
                        ComposeLifecycleTest.labels("db", 1, false)), "local", 1_795_615_201L, 0));
        List<Map<String, List<String>>> asked = new ArrayList<>();
        EventsCommand events = new EventsCommand();
        events.services = List.of("web");
        events.run(desired, (filters, each) -> {
            asked.add(filters);
            stream.forEach(each);
        }, writer(), ZoneOffset.UTC);
        assertThat(asked.getFirst()).containsEntry("label", List.of("com.docker.compose.project=demo"));
        assertThat(out.toString()).isEqualTo("2026-11-25 14:00:00.123456 container start c0ffee "
                + "(image=e2e/bb:1, name=demo-web-1)\n");

        out.getBuffer().setLength(0);
        events.json = true;
        events.services = List.of();
        events.run(desired, (filters, each) -> stream.forEach(each), writer(), ZoneId.of("UTC"));
        assertThat(out.toString()).isEqualTo("""
                {"action":"start","attributes":{"image":"e2e/bb:1","name":"demo-web-1"},"id":"c0ffee",\
                "service":"web","time":"2026-11-25T14:00:00.123456789Z","type":"container"}
                {"action":"die","attributes":{},"id":"db1","service":"db","time":"2026-11-25T14:00:01Z",\
                "type":"container"}
                """);
    }
}
