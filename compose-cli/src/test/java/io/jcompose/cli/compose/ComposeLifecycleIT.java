package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance;
import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle commands as a user runs them against the real engine on a temporary state and socket, as root:
 * {@code up -d} a web server and a client that depends on it, then stop/start/restart/pause/unpause/kill/wait,
 * port/top/images/ls/stats/events, rm, and down; states are read from {@code ps -a --format json}. The harness
 * takes down what is left and checks for leaks.
 */
class ComposeLifecycleIT {

    private static final String STACK = """
            name: e2elc
            services:
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "mkdir -p /www && echo hi > /www/index.html && httpd -f -p 80 -h /www"]
                ports: ["127.0.0.1:18091:80"]
              client:
                image: e2e/bb:1
                depends_on: [web]
                command: ["sleep", "600"]
            """;

    @TempDir
    Path dir;

    private Conformance c;
    private final List<Process> started = new ArrayList<>();
    private String file;

    @BeforeEach
    void engineWithBusybox() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        for (Process p : started) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (c != null) {
            c.close();
        }
    }

    /** Runs a compose command of the project. */
    private Run compose(String... args) throws Exception {
        return c.composeOk(Path.of(file), args);
    }

    /** Container name -> state, from {@code ps -a --format json}. */
    private Map<String, String> states() throws Exception {
        return c.states(Path.of(file));
    }

    @Test
    void aStackThroughItsLifecycle() throws Exception {
        file = c.project("project", STACK).toString();
        compose("up", "-d");
        assertThat(states()).isEqualTo(Map.of("e2elc-web-1", "running", "e2elc-client-1", "running"));

        assertThat(compose("port", "web", "80").out()).isEqualTo("127.0.0.1:18091\n");
        Run noPort = c.run("-f", file, "port", "web", "81");
        assertThat(noPort.code()).isEqualTo(1);
        assertThat(noPort.err()).contains("no port 81/tcp for container e2elc-web-1");
        assertThat(compose("top", "web").out()).startsWith("e2elc-web-1\nUID ").contains("httpd -f -p 80");
        assertThat(compose("images").out()).startsWith("CONTAINER ").containsPattern(
                "e2elc-client-1 +e2e/bb +1 +[0-9a-f]{12} +[0-9.]+[kM]B\n");
        assertThat(compose("ls").out()).containsPattern("e2elc +running\\(2\\) +" + Pattern.quote(file));
        assertThat(c.ok("ls", "-q", "--filter", "name=e2e").out()).isEqualTo("e2elc\n");
        assertThat(compose("stats", "--no-stream", "--format", "{{.Name}}").out())
                .isEqualTo("e2elc-client-1\ne2elc-web-1\n");

        Run stop = compose("stop", "-t", "1");
        assertThat(stop.err()).contains(" \u2714 Container e2elc-client-1  Stopped", " \u2714 Container e2elc-web-1  "
                + "Stopped");
        assertThat(stop.err().indexOf("e2elc-client-1  Stopped")).isLessThan(stop.err().indexOf("e2elc-web-1  Stopped"));
        assertThat(states()).containsOnlyKeys("e2elc-web-1", "e2elc-client-1").doesNotContainValue("running");
        assertThat(compose("ls").out()).doesNotContain("e2elc");
        assertThat(compose("ls", "-a").out()).contains("e2elc").contains("exited(2)");

        Run start = compose("start");
        assertThat(start.err().indexOf("e2elc-web-1  Started")).isNotNegative()
                .isLessThan(start.err().indexOf("e2elc-client-1  Started"));
        assertThat(states()).containsValues("running").doesNotContainValue("exited");

        Path events = Files.createTempFile(dir, "events", ".txt");
        Process follow = c.background(events, Files.createTempFile(dir, "events-err", ".txt"), "-f", file, "events",
                "--json", "web");
        started.add(follow);
        Thread.sleep(1500); // the stream is open before the restart
        assertThat(compose("restart", "-t", "1", "web").err()).contains(" \u2714 Container e2elc-web-1  Started");
        assertThat(states()).containsEntry("e2elc-web-1", "running");
        String seen = "";
        for (int attempt = 0; attempt < 20 && !seen.contains("\"action\":\"start\""); attempt++) {
            Thread.sleep(250);
            seen = Files.readString(events);
        }
        follow.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(seen).contains("\"action\":\"start\"", "\"service\":\"web\"").doesNotContain("client");

        assertThat(compose("pause").err()).contains(" \u2714 Container e2elc-web-1  Paused");
        assertThat(states()).containsEntry("e2elc-web-1", "paused").containsEntry("e2elc-client-1", "paused");
        assertThat(compose("unpause").err()).contains(" \u2714 Container e2elc-client-1  Unpaused");
        assertThat(states()).containsEntry("e2elc-web-1", "running").containsEntry("e2elc-client-1", "running");

        Path waitOut = Files.createTempFile(dir, "wait", ".txt");
        Process waiting = c.background(waitOut, waitOut, "-f", file, "wait", "client");
        started.add(waiting);
        Thread.sleep(1500);
        assertThat(compose("kill", "client").err()).contains(" \u2714 Container e2elc-client-1  Killed");
        assertThat(waiting.waitFor(60, TimeUnit.SECONDS)).as("wait returns once client is killed").isTrue();
        assertThat(waiting.exitValue()).as(Files.readString(waitOut)).isEqualTo(137);
        assertThat(states()).containsEntry("e2elc-client-1", "exited").containsEntry("e2elc-web-1", "running");

        Run unknown = c.run("-f", file, "stop", "nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no such service: nope");

        Run asked = compose("rm", "client");
        assertThat(asked.out()).startsWith("Going to remove e2elc-client-1  Are you sure? [yN]");
        assertThat(states()).containsKey("e2elc-client-1");
        Run removed = compose("rm", "-f", "client");
        assertThat(removed.out()).isEqualTo("Going to remove e2elc-client-1\n");
        assertThat(removed.err()).contains(" \u2714 Container e2elc-client-1  Removed");
        assertThat(states()).containsOnlyKeys("e2elc-web-1");
        assertThat(compose("rm", "-f", "-s", "web").err()).contains(" \u2714 Container e2elc-web-1  Stopped",
                " \u2714 Container e2elc-web-1  Removed");
        assertThat(states()).isEmpty();

        compose("down", "-t", "1");
        assertThat(c.ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(c.ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2elc");
        c.ok("engine", "stop");
    }
}
