package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance;
import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jcompose up -d / ps / down} against the real engine on a temporary state and socket, as root: a web
 * server published on 127.0.0.1 and a client that fetches from it by service name; a second {@code up} changes
 * nothing; {@code down} leaves no container or network. The harness takes down what is left and checks for leaks.
 */
class ComposeUpIT {

    private static final String STACK = """
            name: e2eup
            services:
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html
                  && httpd -f -p 80 -h /www"]
                ports: ["127.0.0.1:18089:80"]
              client:
                image: e2e/bb:1
                depends_on: [web]
                command: ["sleep", "600"]
            """;

    @TempDir
    Path dir;

    private Conformance c;

    @BeforeEach
    void engineWithBusybox() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        if (c != null) {
            c.close();
        }
    }

    @Test
    void aNamedVolumeOutlivesDownAndGoesWithDownMinusV() throws Exception {
        String file = c.project("vproject", """
                name: e2evol
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sh", "-c", "[ -f /data/first ] || date > /data/first; sleep 600"]
                    volumes: ["data:/data", "/scratch"]
                volumes:
                  data: {}
                """).toString();
        assertThat(c.ok("-f", file, "up", "--dry-run").out())
                .contains("  create volume e2evol_data: not created yet\n");
        assertThat(c.ok("-f", file, "up", "-d").err()).contains(" \u2714 Volume \"e2evol_data\"  Created\n");
        String first = "";
        for (int attempt = 0; attempt < 20 && first.isBlank(); attempt++) {
            first = c.run("container", "exec", "e2evol-app-1", "cat", "/data/first").out();
            if (first.isBlank()) {
                Thread.sleep(300);
            }
        }
        assertThat(first).isNotBlank();
        c.ok("-f", file, "down", "-t", "1");
        assertThat(c.ok("volume", "ls", "-q").out()).contains("e2evol_data\n");

        c.ok("-f", file, "up", "-d");
        assertThat(c.ok("container", "exec", "e2evol-app-1", "cat", "/data/first").out()).isEqualTo(first);
        assertThat(c.ok("volume", "inspect", "e2evol_data").out()).contains("\"com.docker.compose.volume\": \"data\"");

        Run down = c.ok("-f", file, "down", "-v", "-t", "1");
        assertThat(down.err()).contains(" \u2714 Volume \"e2evol_data\"  Removed");
        String left = c.ok("volume", "ls", "-q").out();
        assertThat(left).as("only the first run's anonymous volume, kept by the plain down as docker keeps it")
                .doesNotContain("e2evol_data").matches("[0-9a-f]{64}\n");
        assertThat(c.ok("volume", "prune", "-f").out()).startsWith("Deleted Volumes:\n" + left + "\n");
        assertThat(c.ok("volume", "ls", "-q").out()).isEmpty();
        c.ok("engine", "stop");
    }

    @Test
    void upPsUpAgainDown() throws Exception {
        String file = c.project("project", STACK).toString();

        assertThat(c.ok("-f", file, "up", "--dry-run").out()).isEqualTo("""
                Plan for project e2eup (dry run, nothing was changed):
                  create network e2eup_default: not created yet
                  create web-1: not created yet
                  create client-1: not created yet
                """);
        assertThat(c.ok("-f", file, "ps", "-a", "-q").out()).isEmpty();

        Run up = c.ok("-f", file, "up", "-d");
        assertThat(up.err()).contains(" \u2714 Network e2eup_default  Created\n",
                " \u2714 Container e2eup-web-1  Started\n", " \u2714 Container e2eup-client-1  Started\n");
        String ps = c.ok("-f", file, "ps").out();
        assertThat(ps).startsWith("NAME ").contains("SERVICE", "STATUS", "PORTS");
        assertThat(ps).containsPattern("e2eup-web-1 +e2e/bb:1 +\"sh -c mkdir -p /www…\" +web +.* ago +Up .*"
                + "127\\.0\\.0\\.1:18089->80/tcp");
        assertThat(c.ok("-f", file, "ps", "--services").out()).isEqualTo("client\nweb\n");

        String page = "";
        for (int attempt = 0; attempt < 20 && !page.contains("hello-from-web"); attempt++) {
            Run r = c.run("container", "exec", "e2eup-client-1", "wget", "-qO-", "http://web/");
            page = r.out();
            if (!page.contains("hello-from-web")) {
                Thread.sleep(500);
            }
        }
        assertThat(page).as("the client fetches from web by service name").contains("hello-from-web");

        Run again = c.ok("-f", file, "up", "-d");
        assertThat(again.err()).contains(" - web-1 is up to date", " - client-1 is up to date",
                " \u2714 Container e2eup-web-1  Running").doesNotContain("Created", "Started", "Recreated");

        Run down = c.ok("-f", file, "down", "-t", "1");
        assertThat(down.err()).contains(" \u2714 Container e2eup-client-1  Removed",
                " \u2714 Container e2eup-web-1  Removed", " \u2714 Network e2eup_default  Removed");
        assertThat(down.err().indexOf("e2eup-client-1  Removed"))
                .isLessThan(down.err().indexOf("e2eup-web-1  Removed"));
        assertThat(c.ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(c.ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2eup");
        c.ok("engine", "stop");
    }
}
