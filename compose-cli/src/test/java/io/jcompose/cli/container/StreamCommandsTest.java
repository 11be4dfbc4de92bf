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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** exec, attach, top and stats in process against a scripted engine that hijacks connections as docker's does. */
@Timeout(30)
class StreamCommandsTest {

    private static final String ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String MUX = "application/vnd.docker.multiplexed-stream";
    /** 4.00% CPU (2e8 of 1e10 ns on 2 CPUs), 8 MiB used of 10 (2 MiB inactive file cache) with a 2 GiB limit. */
    private static final String SAMPLE = "{\"id\":\"" + ID + "\",\"name\":\"/web\",\"pids_stats\":{\"current\":%d},"
            + "\"cpu_stats\":{\"cpu_usage\":{\"total_usage\":400000000},\"system_cpu_usage\":20000000000,"
            + "\"online_cpus\":2},\"precpu_stats\":{\"cpu_usage\":{\"total_usage\":200000000},"
            + "\"system_cpu_usage\":10000000000},\"memory_stats\":{\"usage\":10485760,\"limit\":2147483648,"
            + "\"stats\":{\"total_inactive_file\":2097152,\"inactive_file\":2097152}},"
            + "\"networks\":{\"eth0\":{\"rx_bytes\":1000,\"tx_bytes\":5678},\"eth1\":{\"rx_bytes\":234}},"
            + "\"blkio_stats\":{\"io_service_bytes_recursive\":[{\"major\":8,\"minor\":0,\"op\":\"Read\","
            + "\"value\":4096},{\"major\":8,\"minor\":0,\"op\":\"Write\",\"value\":1000000},"
            + "{\"major\":8,\"minor\":0,\"op\":\"Total\",\"value\":1004096}]}}";
    private static final String HEADER = "CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     "
            + "NET I/O           BLOCK I/O     PIDS\n";

    @TempDir
    Path dir;

    private ScriptedEngine engine;
    private final List<String> hijackedStarts = new ArrayList<>();

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), this::answer);
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private Response answer(Request r) {
        String t = URLDecoder.decode(r.target(), StandardCharsets.UTF_8);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (t.equals("/_ping")) {
            return new Response(200, "text/plain", "OK".getBytes(), false);
        }
        if (t.contains("/nope")) {
            return Response.json(404, "{\"message\":\"No such container: nope\"}");
        }
        if (t.endsWith("/exec")) {
            return body.contains("\"Tty\":true") ? Response.json(400, "{\"message\":\"exec with a TTY is not "
                    + "supported by jcompose yet: run it without -t\"}") : Response.json(201, "{\"Id\":\"e1\"}");
        }
        if (t.endsWith("/exec/e1/start")) {
            hijackedStarts.add(body);
            return body.contains("\"Detach\":true") ? new Response(200, "text/plain", new byte[0], false)
                    : Response.hijack(MUX, new Frames().frame(1, "out\n").frame(2, "err\n").bytes());
        }
        if (t.endsWith("/exec/e1/json")) {
            return Response.json(200, "{\"ID\":\"e1\",\"Running\":false,\"ExitCode\":7}");
        }
        if (t.contains("/attach?")) {
            return Response.hijack(MUX, new Frames().frame(1, "attached\n").bytes());
        }
        if (t.contains("/wait")) {
            return Response.json(200, "{\"StatusCode\":3}");
        }
        if (t.contains("/top")) {
            return Response.json(200, "{\"Titles\":[\"UID\",\"PID\",\"PPID\",\"C\",\"STIME\",\"TTY\",\"TIME\","
                    + "\"CMD\"],\"Processes\":[[\"root\",\"4242\",\"4200\",\"0\",\"12:00\",\"?\",\"00:00:00\","
                    + "\"sleep 60 with a long command line\"]]}");
        }
        if (t.contains("/stats?stream=1")) {
            return Response.lines(SAMPLE.formatted(1), SAMPLE.formatted(2));
        }
        if (t.contains("/stats?stream=0")) {
            return Response.json(200, SAMPLE.formatted(3));
        }
        if (t.startsWith("/v1.47/containers/json")) {
            return Response.json(200, "[{\"Id\":\"" + ID + "\",\"Names\":[\"/web\"]}]");
        }
        if (t.endsWith("/json")) {
            boolean stopped = t.contains("/stopped/");
            return Response.json(200, "{\"Id\":\"" + ID + "\",\"Name\":\"/web\",\"State\":{\"Running\":"
                    + !stopped + "},\"Config\":{\"Image\":\"busybox\",\"OpenStdin\":false}}");
        }
        return Response.json(500, "{\"message\":\"unexpected " + r.method() + " " + t + "\"}");
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

    private List<String> calls() {
        return engine.requests.stream().filter(r -> !r.target().equals("/_ping"))
                .map(r -> r.method() + " " + URLDecoder.decode(r.target(), StandardCharsets.UTF_8)).toList();
    }

    private String bodyOf(String suffix) {
        return engine.requests.stream().filter(r -> r.target().endsWith(suffix))
                .map(r -> new String(r.body(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }

    @Test
    void execRunsOnAHijackedConnectionAndExitsWithTheCommandsCode() {
        Run exec = jcompose("container", "exec", "-e", "A=1", "-e", "FROM_CLI", "-u", "1000", "-w", "/tmp", "web",
                "sh", "-c", "echo out; echo err >&2; exit 7");
        assertThat(exec.code()).as(exec.err()).isEqualTo(7);
        assertThat(exec.out()).isEqualTo("out\n");
        assertThat(exec.err()).isEqualTo("err\n");
        assertThat(calls()).containsExactly("GET /v1.47/containers/web/json", "POST /v1.47/containers/web/exec",
                "POST /v1.47/exec/e1/start", "GET /v1.47/exec/e1/json");
        assertThat(bodyOf("/exec")).isEqualTo("{\"AttachStdin\":false,\"AttachStdout\":true,\"AttachStderr\":true,"
                + "\"Tty\":false,\"Env\":[\"A=1\",\"FROM_CLI=yes\"],\"Cmd\":[\"sh\",\"-c\","
                + "\"echo out; echo err >&2; exit 7\"],\"Privileged\":false,\"User\":\"1000\",\"WorkingDir\":\"/tmp\"}");
        assertThat(hijackedStarts).containsExactly("{\"Detach\":false,\"Tty\":false}");
        assertThat(engine.requests.get(3).headers()).containsEntry("connection", "Upgrade");
        assertThat(engine.hijackedInput).containsExactly("");
    }

    @Test
    void execWithStdinForwardsItAndDetachedExecOnlyStarts() {
        InputStream stdin = System.in;
        Run exec;
        try {
            System.setIn(new ByteArrayInputStream("line\n".getBytes(StandardCharsets.UTF_8)));
            exec = jcompose("container", "exec", "-i", "--privileged", "web", "cat");
        } finally {
            System.setIn(stdin);
        }
        assertThat(exec.code()).as(exec.err()).isEqualTo(7);
        assertThat(engine.hijackedInput).containsExactly("line\n");
        assertThat(bodyOf("/exec")).isEqualTo("{\"AttachStdin\":true,\"AttachStdout\":true,\"AttachStderr\":true,"
                + "\"Tty\":false,\"Cmd\":[\"cat\"],\"Privileged\":true}");
        engine.requests.clear();
        Run detached = jcompose("container", "exec", "-d", "web", "sleep", "5");
        assertThat(detached.code()).as(detached.err()).isZero();
        assertThat(detached.out()).isEmpty();
        assertThat(calls()).containsExactly("GET /v1.47/containers/web/json", "POST /v1.47/containers/web/exec",
                "POST /v1.47/exec/e1/start");
        assertThat(hijackedStarts).last().isEqualTo("{\"Detach\":true,\"Tty\":false}");
    }

    @Test
    void execRefusalsExitOneWithTheEnginesMessageAsDockersCliDoes() {
        Run tty = jcompose("container", "exec", "-t", "web", "sh");
        assertThat(tty.code()).isEqualTo(1);
        assertThat(tty.err()).isEqualTo("Error response from daemon: exec with a TTY is not supported by jcompose "
                + "yet: run it without -t\n");
        Run missing = jcompose("container", "exec", "nope", "true");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("Error response from daemon: No such container: nope\n");
        assertThat(calls()).doesNotContain("POST /v1.47/containers/nope/exec");
        assertThat(jcompose("container", "exec", "web").code()).isEqualTo(2); // a command is required
    }

    @Test
    void topPrintsTheTitlesAndProcessesAlignedAsDockerTop() {
        Run top = jcompose("container", "top", "web", "-o", "pid,comm");
        assertThat(top.code()).as(top.err()).isZero();
        assertThat(calls()).containsExactly("GET /v1.47/containers/web/top?ps_args=-o pid,comm");
        assertThat(top.out()).isEqualTo("""
                UID                 PID                 PPID                C                   STIME      \
                         TTY                 TIME                CMD
                root                4242                4200                0                   12:00      \
                         ?                   00:00:00            sleep 60 with a long command line
                """);
        assertThat(jcompose("container", "top", "nope").err())
                .isEqualTo("Error response from daemon: No such container: nope\n");
    }

    @Test
    void statsNoStreamPrintsDockersTableWithItsCpuAndMemoryArithmetic() {
        Run stats = jcompose("container", "stats", "--no-stream", "web");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).isEqualTo(HEADER + "0123456789ab   web       4.00%     8MiB / 2GiB         0.39%     "
                + "1.23kB / 5.68kB   4.1kB / 1MB   3\n");
        assertThat(calls()).containsExactly("GET /v1.47/containers/web/stats?stream=0");
        Run json = jcompose("container", "stats", "--no-stream", "--format", "json", "web");
        assertThat(json.out()).isEqualTo("{\"BlockIO\":\"4.1kB / 1MB\",\"CPUPerc\":\"4.00%\",\"Container\":\"web\","
                + "\"ID\":\"0123456789ab\",\"MemPerc\":\"0.39%\",\"MemUsage\":\"8MiB / 2GiB\",\"Name\":\"web\","
                + "\"NetIO\":\"1.23kB / 5.68kB\",\"PIDs\":\"3\"}\n");
        Run template = jcompose("container", "stats", "--no-stream", "--no-trunc", "--format",
                "table {{.Container}}\\t{{.ID}}\\t{{.MemPerc}}", "-a");
        assertThat(template.out()).isEqualTo("CONTAINER" + " ".repeat(58) + "CONTAINER ID" + " ".repeat(55)
                + "MEM %\n" + ID + "   " + ID + "   0.39%\n");
        assertThat(calls()).contains("GET /v1.47/containers/json?all=1", "GET /v1.47/containers/" + ID
                + "/stats?stream=0");
        Run missing = jcompose("container", "stats", "--no-stream", "web", "nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("Error response from daemon: No such container: nope\n");
    }

    @Test
    void streamedStatsPrintATablePerDrawUntilTheStreamsEnd() {
        Run stats = jcompose("container", "stats", "web");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(calls()).containsExactly("GET /v1.47/containers/web/stats?stream=1");
        assertThat(stats.out()).startsWith(HEADER).doesNotContain("\u001b").endsWith(HEADER
                + "0123456789ab   web       4.00%     8MiB / 2GiB         0.39%     1.23kB / 5.68kB   4.1kB / 1MB   2\n");
        assertThat(ContainerStatsCommand.redraw("A\nB\n")).isEqualTo("\u001b[HA\u001b[K\nB\u001b[K\n\u001b[K\n\u001b[J");
    }

    @Test
    void attachFollowsDockersSequenceAndExitsWithTheContainersCode() {
        Run attach = jcompose("container", "attach", "web");
        assertThat(attach.code()).as(attach.err()).isEqualTo(3);
        assertThat(attach.out()).isEqualTo("attached\n");
        assertThat(calls()).containsExactly("POST /v1.47/containers/web/wait?condition=not-running",
                "GET /v1.47/containers/web/json", "POST /v1.47/containers/web/attach?stream=1&stdout=1&stderr=1",
                "GET /v1.47/containers/web/json");
        Run stopped = jcompose("container", "attach", "--no-stdin", "--sig-proxy=false", "stopped");
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.err()).isEqualTo("cannot attach to a stopped container, start it first\n");
    }
}
