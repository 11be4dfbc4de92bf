package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's promise that jcompose is a compose client of any Docker Engine: the same scenarios as with its own
 * engine, through {@code --host unix://SOCKET} against a private dockerd of Debian's docker.io (root), checked with
 * dockerd's own CLI. Traffic goes only to 127.0.0.1 and to the containers on the networks the tests create.
 */
class ComposeOnDockerdIT {

    @TempDir
    static Path dir;

    private static PrivateDockerd d;

    /** A busybox httpd serving a page from a named volume on a 127.0.0.1 port, and a worker that fetches it. */
    private static final String STACK = """
            name: %s
            services:
              web:
                image: e2e/bb:1
                command:
                  - sh
                  - -c
                  - trap 'exit 0' TERM; echo hello-web > /www/index.html && httpd -f -p 80 -h /www & wait
                ports: ["127.0.0.1:%d:80"]
                volumes: ["www:/www"]
              worker:
                image: e2e/bb:1
                command:
                  - sh
                  - -c
                  - trap 'exit 0' TERM; until wget -qO- http://web/; do sleep 0.2; done; echo fetched; sleep 600 & wait
                environment:
                  LEVEL: "%s"
            volumes:
              www: {}
            """;

    @BeforeAll
    static void dockerd() throws Exception {
        d = PrivateDockerd.start(dir);
    }

    @AfterEach
    void takeDown() throws Exception {
        if (d != null) {
            d.downAll();
        }
    }

    @AfterAll
    static void stopAndCheckForLeaks() throws Exception {
        if (d != null) {
            d.close();
        }
    }

    @Test
    void upPsExecRunAndLogs() throws Exception {
        int port = freePort();
        Path file = d.project("stack", STACK.formatted("dkstack", port, "1"));
        d.composeOk(file, "up", "-d");
        assertThat(d.states(file)).isEqualTo(Map.of("dkstack-web-1", "running", "dkstack-worker-1", "running"));
        assertThat(httpGet(port)).as("the port published on 127.0.0.1 answers").endsWith("\r\n\r\nhello-web\n");
        assertThat(logsUntil(file, "fetched", "worker").out()).as("the worker fetched http://web/ by service name")
                .isEqualTo("worker-1  | hello-web\nworker-1  | fetched\n");
        assertThat(d.composeOk(file, "logs", "-n", "1", "worker").out()).isEqualTo("worker-1  | fetched\n");

        Run exec = d.compose(file, "exec", "-T", "web", "sh", "-c", "cat /www/index.html; echo to-err >&2; exit 3");
        assertThat(exec.code()).as(exec.toString()).isEqualTo(3);
        assertThat(exec.out()).isEqualTo("hello-web\n");
        assertThat(exec.err()).isEqualTo("to-err\n");

        Run run = d.compose(file, "run", "--rm", "worker", "sh", "-c", "echo to-out; echo to-err >&2; exit 4");
        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        assertThat(run.out()).isEqualTo("to-out\n");
        assertThat(run.err()).contains("to-err\n").doesNotContain("to-out");
        assertThat(d.docker("ps", "-a", "--format", "{{.Names}}").out().lines().sorted().toList())
                .as("run --rm leaves no one-off container").containsExactly("dkstack-web-1", "dkstack-worker-1");
    }

    @Test
    void upAgainChangesNothingAndAnEditRecreatesOnlyThatService() throws Exception {
        int port = freePort();
        Path file = d.project("edit", STACK.formatted("dkedit", port, "1"));
        d.composeOk(file, "up", "-d");
        String web = idAndStart("dkedit-web-1");
        String worker = idAndStart("dkedit-worker-1");

        Run again = d.composeOk(file, "up", "-d");
        assertThat(again.err().lines().sorted().toList()).as(again.toString()).containsExactly(
                " - web-1 is up to date", " - worker-1 is up to date",
                " \u2714 Container dkedit-web-1  Running", " \u2714 Container dkedit-worker-1  Running");
        assertThat(idAndStart("dkedit-web-1")).isEqualTo(web);
        assertThat(idAndStart("dkedit-worker-1")).isEqualTo(worker);

        Files.writeString(file, STACK.formatted("dkedit", port, "2"));
        Run edit = d.composeOk(file, "up", "-d");
        assertThat(edit.err()).as(edit.toString()).contains(" - recreate worker-1: ",
                " \u2714 Container dkedit-worker-1  Recreated").doesNotContain("dkedit-web-1  Recreated");
        assertThat(idAndStart("dkedit-web-1")).as("web is left alone").isEqualTo(web);
        assertThat(idAndStart("dkedit-worker-1")).isNotEqualTo(worker);
        assertThat(d.composeOk(file, "exec", "-T", "worker", "sh", "-c", "echo $LEVEL").out()).isEqualTo("2\n");
    }

    @Test
    void attachedUpReturnsTheCodeOfExitCodeFrom() throws Exception {
        Path file = d.project("exit", """
                name: dkexit
                services:
                  job:
                    image: e2e/bb:1
                    command: ["sh", "-c", "sleep 1; echo job-done; exit 7"]
                  idle:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                """);
        Run up = d.compose(file, "up", "--exit-code-from", "job", "-t", "0");
        assertThat(up.code()).as(up.toString()).isEqualTo(7);
        assertThat(up.out()).containsPattern("job-1 +\\| job-done").contains("job-1 exited with code 7");
        assertThat(d.states(file)).isEqualTo(Map.of("dkexit-job-1", "exited", "dkexit-idle-1", "exited"));
    }

    @Test
    void stopStartAndDownMinusVRemovesContainersNetworkAndVolume() throws Exception {
        int port = freePort();
        Path file = d.project("down", STACK.formatted("dkdown", port, "1"));
        d.composeOk(file, "up", "-d");
        d.composeOk(file, "stop");
        assertThat(d.states(file)).isEqualTo(Map.of("dkdown-web-1", "exited", "dkdown-worker-1", "exited"));
        assertThat(d.docker("ps", "-q").out()).as("dockerd runs none of them").isEmpty();
        d.composeOk(file, "start");
        assertThat(d.states(file)).isEqualTo(Map.of("dkdown-web-1", "running", "dkdown-worker-1", "running"));
        assertThat(httpGet(port)).endsWith("hello-web\n");
        assertThat(d.docker("volume", "ls", "--format", "{{.Name}}").out().lines().toList()).contains("dkdown_www");

        Run down = d.composeOk(file, "down", "-v");
        assertThat(down.err()).contains(" \u2714 Network dkdown_default  Removed",
                " \u2714 Volume \"dkdown_www\"  Removed");
        assertThat(d.docker("ps", "-a", "-q").out()).isEmpty();
        assertThat(d.docker("network", "ls", "--format", "{{.Name}}").out().lines().toList())
                .doesNotContain("dkdown_default");
        assertThat(d.docker("volume", "ls", "--format", "{{.Name}}").out().lines().toList())
                .doesNotContain("dkdown_www");
    }

    /** {@code logs SERVICE} retried until it contains {@code expected}. */
    private static Run logsUntil(Path file, String expected, String service) throws Exception {
        Run r = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            r = d.composeOk(file, "logs", service);
            if (r.out().contains(expected)) {
                return r;
            }
            Thread.sleep(200);
        }
        return r;
    }

    /** The container's id and start time, as dockerd reports them. */
    private static String idAndStart(String container) throws Exception {
        return d.docker("inspect", "--format", "{{.Id}} {{.State.StartedAt}}", container).out().strip();
    }

    /** A TCP port free on 127.0.0.1 now. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The whole answer to {@code GET /} on 127.0.0.1:PORT, retried while the server starts. */
    private static String httpGet(int port) throws Exception {
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                s.setSoTimeout(5000);
                s.getOutputStream().write("GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = s.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (answer.startsWith("HTTP/1.") && answer.contains(" 200 ")) {
                    return answer;
                }
                last = new IOException("answer: " + answer);
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("127.0.0.1:" + port + " did not answer 200", last);
    }
}
