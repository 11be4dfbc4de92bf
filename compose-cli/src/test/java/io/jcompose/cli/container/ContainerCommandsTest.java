package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.client.Frames;
import io.jcompose.engine.api.client.ScriptedEngine;
import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container commands end to end in process, against a scripted engine on a temporary socket. */
class ContainerCommandsTest {

    private static final String ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private record Run(int code, String out, String err) {
    }

    private void engine(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    private Run jcompose(String... args) {
        List<String> all = new ArrayList<>(List.of("--host", "unix://" + dir.resolve("engine.sock")));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                new Invocation(Map.of("FROM_CLI", "yes"), dir));
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** The requests after the ping, as {@code METHOD target} with the query decoded. */
    private List<String> calls() {
        return engine.requests.stream().filter(r -> !r.target().equals("/_ping"))
                .map(r -> r.method() + " " + URLDecoder.decode(r.target(), StandardCharsets.UTF_8)).toList();
    }

    private String createBody() {
        return engine.requests.stream().filter(r -> r.target().startsWith("/v1.47/containers/create"))
                .map(r -> new String(r.body(), StandardCharsets.UTF_8)).reduce((a, b) -> b).orElseThrow();
    }

    private static Response empty(int status) {
        return new Response(status, "text/plain", new byte[0], false);
    }

    private static Response missing(String what) {
        return Response.json(404, "{\"message\":\"No such container: " + what + "\"}");
    }

    /** A small engine: containers named "nope" do not exist; "bad" cannot start its command. */
    private static Response answer(Request r) {
        String t = r.target();
        if (t.equals("/_ping")) {
            return new Response(200, "text/plain", "OK".getBytes(), false);
        }
        if (t.startsWith("/v1.47/containers/create")) {
            return Response.json(201, "{\"Id\":\"" + ID + "\",\"Warnings\":[]}");
        }
        if (t.contains("/nope")) {
            return missing("nope");
        }
        if (t.endsWith("/start")) {
            return new String(r.body()).isEmpty() && t.contains("/bad/") ? Response.json(400, "{\"message\":\"failed "
                    + "to create task: exec: \\\"nosuch\\\": executable file not found in $PATH\"}") : empty(204);
        }
        if (t.contains("/attach?")) {
            return Response.hijack("application/vnd.docker.multiplexed-stream",
                    new Frames().frame(1, "hi\n").frame(2, "oops\n").frame(1, "bye ✓\n").bytes());
        }
        if (t.contains("/logs?")) {
            return new Response(200, "application/vnd.docker.multiplexed-stream",
                    new Frames().frame(1, "hi\n").frame(2, "oops\n").frame(1, "bye ✓\n").bytes(), true);
        }
        if (t.contains("/wait")) {
            return Response.json(200, "{\"StatusCode\":3}");
        }
        if (r.method().equals("DELETE") || t.contains("/stop") || t.contains("/kill")) {
            return empty(204);
        }
        if (t.startsWith("/v1.47/containers/json")) {
            long created = Instant.now().getEpochSecond() - 3600;
            return Response.json(200, "[{\"Id\":\"" + ID + "\",\"Names\":[\"/web\"],\"Image\":\"busybox\","
                    + "\"Command\":\"sleep 60 and a long tail\",\"Created\":" + created + ",\"Ports\":["
                    + "{\"IP\":\"127.0.0.1\",\"PrivatePort\":80,\"PublicPort\":8080,\"Type\":\"tcp\"},"
                    + "{\"PrivatePort\":53,\"Type\":\"udp\"}],\"Labels\":{\"a\":\"b\"},\"State\":\"running\","
                    + "\"Status\":\"Up About an hour\"}]");
        }
        if (t.endsWith("/json")) {
            return Response.json(200, "{\"Id\":\"" + ID + "\",\"Name\":\"/web\",\"RestartCount\":0,"
                    + "\"State\":{\"Status\":\"running\",\"Running\":true}}");
        }
        return Response.json(500, "{\"message\":\"unexpected " + r.method() + " " + t + "\"}");
    }

    @Test
    void runDetachedSendsDockersCreateBodyThenStartsAndPrintsTheId() throws Exception {
        engine(ContainerCommandsTest::answer);
        Run run = jcompose("container", "run", "-d", "--name", "web", "-e", "A=1", "-e", "FROM_CLI", "-e", "UNSET",
                "-m", "64m", "--cpus", "1.5", "--ulimit", "nofile=1024:2048", "-p", "127.0.0.1:8080:80",
                "--restart", "on-failure:3", "busybox", "sleep", "60");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(ID + "\n");
        assertThat(calls()).containsExactly("POST /v1.47/containers/create?name=web",
                "POST /v1.47/containers/" + ID + "/start");
        assertThat(createBody()).isEqualTo("{\"ExposedPorts\":{\"80/tcp\":{}},"
                + "\"Env\":[\"A=1\",\"FROM_CLI=yes\",\"UNSET\"],\"Cmd\":[\"sleep\",\"60\"],\"Image\":\"busybox\","
                + "\"HostConfig\":{\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"8080\"}]},"
                + "\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":3},\"Memory\":67108864,"
                + "\"NanoCpus\":1500000000,\"Ulimits\":[{\"Name\":\"nofile\",\"Soft\":1024,\"Hard\":2048}]}}");
    }

    @Test
    void createCarriesEveryOtherFlag() throws Exception {
        engine(ContainerCommandsTest::answer);
        Files.writeString(dir.resolve("app.env"), "# comment\n\nB=2\n  FROM_CLI\n");
        Run create = jcompose("container", "create", "--env-file", "app.env", "-l", "tier=web", "-l", "flag",
                "-u", "1000:1000", "-w", "/srv", "--entrypoint", "/bin/sh", "-t", "-i", "--rm", "--init",
                "--read-only", "--privileged", "--cap-add", "NET_ADMIN", "--cap-drop", "ALL",
                "--memory-reservation", "32m", "--cpu-shares", "512", "--pids-limit", "100",
                "--tmpfs", "/run:size=1m", "-v", "/host:/data:ro", "-v", "/anon",
                "--mount", "type=tmpfs,target=/cache,tmpfs-size=1m,tmpfs-mode=1777", "--network", "back",
                "--hostname", "box", "--stop-signal", "SIGINT", "--stop-timeout", "5", "--health-cmd", "true",
                "--health-interval", "30s", "--health-retries", "3", "--health-timeout", "1m30s",
                "--health-start-period", "500ms", "--sysctl", "net.core.somaxconn=1024", "--group-add", "audio",
                "--shm-size", "1g", "--expose", "9000-9001/udp", "-P", "busybox", "-c", "echo hi");
        assertThat(create.code()).as(create.err()).isZero();
        assertThat(create.out()).isEqualTo(ID + "\n");
        assertThat(createBody()).isEqualTo("{\"Hostname\":\"box\",\"User\":\"1000:1000\",\"AttachStdin\":true,"
                + "\"AttachStdout\":true,\"AttachStderr\":true,\"ExposedPorts\":{\"9000/udp\":{},\"9001/udp\":{}},"
                + "\"Tty\":true,\"OpenStdin\":true,\"Env\":[\"B=2\",\"FROM_CLI=yes\"],\"Cmd\":[\"-c\",\"echo hi\"],"
                + "\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"true\"],\"Interval\":30000000000,"
                + "\"Timeout\":90000000000,\"Retries\":3,\"StartPeriod\":500000000},\"Image\":\"busybox\","
                + "\"Volumes\":{\"/anon\":{}},\"WorkingDir\":\"/srv\",\"Entrypoint\":[\"/bin/sh\"],"
                + "\"Labels\":{\"flag\":\"\",\"tier\":\"web\"},\"StopSignal\":\"SIGINT\",\"StopTimeout\":5,"
                + "\"HostConfig\":{\"Binds\":[\"/host:/data:ro\"],\"NetworkMode\":\"back\",\"AutoRemove\":true,"
                + "\"Mounts\":[{\"Target\":\"/cache\",\"Type\":\"tmpfs\",\"TmpfsOptions\":{\"SizeBytes\":1048576,"
                + "\"Mode\":1023}}],\"CapAdd\":[\"NET_ADMIN\"],\"CapDrop\":[\"ALL\"],\"GroupAdd\":[\"audio\"],"
                + "\"Privileged\":true,\"PublishAllPorts\":true,\"ReadonlyRootfs\":true,"
                + "\"Tmpfs\":{\"/run\":\"size=1m\"},\"ShmSize\":1073741824,"
                + "\"Sysctls\":{\"net.core.somaxconn\":\"1024\"},\"CpuShares\":512,"
                + "\"MemoryReservation\":33554432,\"Init\":true,\"PidsLimit\":100}}");
    }

    @Test
    void runInTheForegroundAttachesAndWaitsBeforeItStartsAsDockerDoes() throws Exception {
        engine(ContainerCommandsTest::answer);
        Run run = jcompose("container", "run", "--rm", "--no-healthcheck", "busybox", "sh", "-c", "exit 3");
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("hi\nbye ✓\n");
        assertThat(run.err()).isEqualTo("oops\n");
        assertThat(calls()).containsExactly("POST /v1.47/containers/create",
                "POST /v1.47/containers/" + ID + "/attach?stream=1&stdout=1&stderr=1",
                "POST /v1.47/containers/" + ID + "/wait?condition=removed",
                "POST /v1.47/containers/" + ID + "/start");
        assertThat(engine.requests.get(2).headers()).containsEntry("upgrade", "tcp");
        assertThat(engine.hijackedInput).containsExactly(""); // no -i: half-closed at once
        assertThat(createBody()).isEqualTo("{\"AttachStdout\":true,\"AttachStderr\":true,"
                + "\"Cmd\":[\"sh\",\"-c\",\"exit 3\"],\"Healthcheck\":{\"Test\":[\"NONE\"]},\"Image\":\"busybox\","
                + "\"HostConfig\":{\"AutoRemove\":true}}");
        engine.requests.clear();
        assertThat(jcompose("container", "run", "busybox").code()).isEqualTo(3);
        assertThat(calls()).contains("POST /v1.47/containers/" + ID + "/wait?condition=next-exit");
    }

    @Test
    void aMissingImageIsPulledAndTheCreateTriedAgain() throws Exception {
        int[] creates = {0};
        engine(r -> {
            if (r.target().startsWith("/v1.47/containers/create") && creates[0]++ == 0) {
                return Response.json(404, "{\"message\":\"No such image: busybox:latest\"}");
            }
            if (r.target().startsWith("/v1.47/images/create")) {
                return Response.lines("{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}",
                        "{\"status\":\"Status: Downloaded newer image for busybox:latest\"}");
            }
            return answer(r);
        });
        Run create = jcompose("container", "create", "busybox");
        assertThat(create.code()).as(create.err()).isZero();
        assertThat(create.err()).isEqualTo("Unable to find image 'busybox:latest' locally\n"
                + "latest: Pulling from library/busybox\nStatus: Downloaded newer image for busybox:latest\n");
        assertThat(calls()).containsExactly("POST /v1.47/containers/create",
                "POST /v1.47/images/create?fromImage=busybox&tag=latest", "POST /v1.47/containers/create");
        creates[0] = 0;
        Run never = jcompose("container", "create", "--pull", "never", "busybox");
        assertThat(never.code()).isEqualTo(125);
        assertThat(never.err()).isEqualTo("Error response from daemon: No such image: busybox:latest\n");
    }

    @Test
    void aCommandThatCannotStartExits127() throws Exception {
        engine(r -> r.target().endsWith("/start") ? Response.json(400, "{\"message\":\"failed to create task: "
                + "exec: \\\"nosuch\\\": executable file not found in $PATH\"}") : answer(r));
        Run run = jcompose("container", "run", "--rm", "busybox", "nosuch");
        assertThat(run.code()).isEqualTo(127);
        assertThat(run.err()).isEqualTo("Error response from daemon: failed to create task: exec: \"nosuch\": "
                + "executable file not found in $PATH\n");
        assertThat(calls()).last().isEqualTo("DELETE /v1.47/containers/" + ID + "?force=1&v=1");
    }

    @Test
    void badFlagValuesAreUsageErrorsNamingTheFlag() throws Exception {
        engine(ContainerCommandsTest::answer);
        Run memory = jcompose("container", "run", "-m", "64x", "busybox");
        assertThat(memory.code()).as(memory.err()).isEqualTo(2);
        assertThat(memory.err()).startsWith("--memory: invalid size: \"64x\" (expected a number and an optional "
                + "unit b, k, m, g, t or p)\n");
        assertThat(jcompose("container", "run", "--rm", "--restart", "always", "busybox").err())
                .startsWith("conflicting options: --restart and --rm\n");
        assertThat(jcompose("container", "create", "-p", "1:2:3:4", "busybox").err())
                .startsWith("--publish: invalid port mapping: \"1:2:3:4\"");
        assertThat(jcompose("container", "create", "--pull", "sometimes", "busybox").err())
                .startsWith("--pull: invalid value \"sometimes\" (expected missing, always or never)\n");
        assertThat(calls()).isEmpty();
    }

    @Test
    void lsPrintsDockersTableIdsJsonAndTemplates() throws Exception {
        engine(ContainerCommandsTest::answer);
        Run ls = jcompose("container", "ls", "-a", "-f", "status=running", "-f", "label=a=b");
        assertThat(ls.code()).as(ls.err()).isZero();
        assertThat(ls.out()).isEqualTo("""
                CONTAINER ID   IMAGE     COMMAND                  CREATED             STATUS             \
                PORTS                            NAMES
                0123456789ab   busybox   "sleep 60 and a long…"   About an hour ago   Up About an hour   \
                53/udp, 127.0.0.1:8080->80/tcp   web
                """);
        assertThat(calls().getFirst()).isEqualTo(
                "GET /v1.47/containers/json?all=1&filters={\"label\":[\"a=b\"],\"status\":[\"running\"]}");
        assertThat(jcompose("container", "ps", "-q").out()).isEqualTo("0123456789ab\n");
        jcompose("container", "ps", "--filter", "health=healthy");
        assertThat(calls()).last().isEqualTo("GET /v1.47/containers/json?filters={\"health\":[\"healthy\"]}");
        assertThat(jcompose("container", "ps", "--no-trunc", "--format", "{{.ID}} {{.Names}}").out())
                .isEqualTo(ID + " web\n");
        assertThat(jcompose("container", "ps", "--format", "table {{.Names}}\\t{{.State}}").out())
                .isEqualTo("NAMES     STATE\nweb       running\n");
        assertThat(jcompose("container", "ps", "--format", "json").out()).startsWith(
                "{\"Command\":\"\\\"sleep 60 and a long…\\\"\",\"CreatedAt\":\"").contains("\"Labels\":\"a=b\"",
                "\"Names\":\"web\"", "\"RunningFor\":\"About an hour ago\"");
        Run bad = jcompose("container", "ps", "--format", "{{.Nope}}");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("--format: \"{{.Nope}}\" is not supported");
    }

    @Test
    void lifecycleCommandsReportEachContainerAndExitOneIfAnyFailed() throws Exception {
        engine(ContainerCommandsTest::answer);
        Run stop = jcompose("container", "stop", "-t", "3", "-s", "SIGINT", "web", "nope", "db");
        assertThat(stop.code()).as(stop.err()).isEqualTo(1);
        assertThat(stop.out()).isEqualTo("web\ndb\n");
        assertThat(stop.err()).isEqualTo("Error response from daemon: No such container: nope\n");
        assertThat(calls()).contains("POST /v1.47/containers/web/stop?t=3&signal=SIGINT");
        Run start = jcompose("container", "start", "nope");
        assertThat(start.code()).isEqualTo(1);
        assertThat(start.err()).isEqualTo("Error response from daemon: No such container: nope\n"
                + "Error: failed to start containers: nope\n");
        Run rm = jcompose("container", "rm", "-f", "-v", "web", "nope");
        assertThat(rm.code()).as(rm.err()).isZero();
        assertThat(rm.out()).isEqualTo("web\n");
        assertThat(rm.err()).isEmpty();
        assertThat(jcompose("container", "rm", "nope").code()).isEqualTo(1);
        Run kill = jcompose("container", "kill", "-s", "HUP", "web");
        assertThat(kill.out()).isEqualTo("web\n");
        assertThat(calls()).contains("POST /v1.47/containers/web/kill?signal=HUP",
                "DELETE /v1.47/containers/web?force=1&v=1");
    }

    @Test
    void waitLogsAndInspect() throws Exception {
        engine(ContainerCommandsTest::answer);
        Run wait = jcompose("container", "wait", "web", "nope");
        assertThat(wait.code()).isEqualTo(1);
        assertThat(wait.out()).isEqualTo("3\n");
        assertThat(wait.err()).isEqualTo("Error response from daemon: No such container: nope\n");
        Run logs = jcompose("container", "logs", "-t", "-n", "5", "--since", "2024-01-02T03:04:05Z",
                "--until", "1700000000.5", "web");
        assertThat(logs.code()).as(logs.err()).isZero();
        assertThat(logs.out()).isEqualTo("hi\nbye ✓\n");
        assertThat(logs.err()).isEqualTo("oops\n");
        assertThat(calls()).last().isEqualTo("GET /v1.47/containers/web/logs?stdout=1&stderr=1&timestamps=1"
                + "&since=1704164645&until=1700000000.5&tail=5");
        Run inspect = jcompose("container", "inspect", "web", "nope");
        assertThat(inspect.code()).isEqualTo(1);
        assertThat(inspect.out()).startsWith("[\n    {\n        \"Id\": \"" + ID + "\",\n");
        assertThat(inspect.err()).isEqualTo("Error: No such container: nope\n");
    }

    @Test
    void interactiveRunForwardsStdinAndTheGroupNeedsACommand() throws Exception {
        engine(ContainerCommandsTest::answer);
        InputStream stdin = System.in;
        Run run;
        try {
            System.setIn(new ByteArrayInputStream("echo typed\n".getBytes(StandardCharsets.UTF_8)));
            run = jcompose("container", "run", "-i", "-h", "box", "busybox", "sh");
        } finally {
            System.setIn(stdin);
        }
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(engine.hijackedInput).containsExactly("echo typed\n");
        assertThat(calls()).contains("POST /v1.47/containers/" + ID + "/attach?stream=1&stdin=1&stdout=1&stderr=1");
        assertThat(createBody()).startsWith("{\"Hostname\":\"box\",\"AttachStdin\":true,\"AttachStdout\":true,"
                + "\"AttachStderr\":true,\"OpenStdin\":true,\"StdinOnce\":true,");
        Run group = jcompose("container");
        assertThat(group.code()).isEqualTo(2);
        assertThat(group.err()).startsWith("Missing command (run, create, start, stop, restart, kill, rm, ls, logs, "
                + "inspect, wait, pause, unpause, rename, exec, attach, top, stats)");
        Run help = jcompose("container", "run", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("IMAGE", "--memory", "--detach");
        assertThat(jcompose("--help").out()).contains("container");
    }
}
