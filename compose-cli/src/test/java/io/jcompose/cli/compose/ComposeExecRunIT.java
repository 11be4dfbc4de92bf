package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance;
import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code ./jcompose exec / run / cp / create} against the real engine on a temporary state and socket, as root: a
 * web server and a client; exec's exit code, a one-off that reaches web by name and goes with {@code --rm}, a
 * detached one-off that {@code ps -a} shows and {@code down} removes, copies both ways, {@code create} without
 * start. The harness takes down what is left and checks for leaks.
 */
class ComposeExecRunIT {

    private static final String STACK = """
            name: e2erun
            services:
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html
                  && httpd -f -p 80 -h /www"]
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
    void execRunCpCreate() throws Exception {
        String file = c.project("project", STACK).toString();
        c.ok("-f", file, "up", "-d");

        Run exec = c.run("-f", file, "exec", "-T", "web", "sh", "-c", "echo hi; exit 3");
        assertThat(exec.code()).as(exec.err()).isEqualTo(3);
        assertThat(exec.out()).isEqualTo("hi\n");
        Run noService = c.run("-f", file, "exec", "-T", "nope", "true");
        assertThat(noService.code()).isEqualTo(1);
        assertThat(noService.err()).contains("no such service: nope");

        String page = "";
        Run run = null;
        for (int attempt = 0; attempt < 20 && !page.contains("hello-from-web"); attempt++) {
            run = c.run("-f", file, "run", "--rm", "client", "wget", "-qO-", "http://web/");
            page = run.out();
            if (!page.contains("hello-from-web")) {
                Thread.sleep(500);
            }
        }
        assertThat(page).as("run reaches web by service name: " + run).contains("hello-from-web");
        assertThat(run.code()).isZero();
        assertThat(c.ok("container", "ls", "-a", "--format", "{{.Names}}").out()).doesNotContain("-run-");

        Run detached = c.ok("-f", file, "run", "-d", "client", "sleep", "600");
        String oneOff = detached.out().strip();
        assertThat(oneOff).matches("e2erun-client-run-[0-9a-f]{12}");
        assertThat(c.ok("-f", file, "ps").out()).doesNotContain(oneOff);
        assertThat(c.ok("-f", file, "ps", "-a").out()).contains(oneOff);

        Path local = Files.writeString(dir.resolve("local.txt"), "from-host\n");
        c.ok("-f", file, "cp", local.toString(), "web:/www/copied.txt");
        assertThat(c.ok("-f", file, "exec", "-T", "web", "cat", "/www/copied.txt").out()).isEqualTo("from-host\n");
        Path back = dir.resolve("back.txt");
        c.ok("-f", file, "cp", "web:/www/index.html", back.toString());
        assertThat(Files.readString(back)).isEqualTo("hello-from-web\n");
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("a.txt"), "A");
        c.ok("-f", file, "cp", dir.resolve("tree").toString(), "web:/www/");
        assertThat(c.ok("-f", file, "exec", "-T", "web", "cat", "/www/tree/sub/a.txt").out()).isEqualTo("A");
        Path fetched = dir.resolve("fetched");
        c.ok("-f", file, "cp", "web:/www/tree", fetched.toString());
        assertThat(Files.readString(fetched.resolve("sub/a.txt"))).isEqualTo("A");

        Run down = c.ok("-f", file, "down", "-t", "1");
        assertThat(down.err()).contains(" \u2714 Network e2erun_default  Removed");
        assertThat(c.ok("container", "ls", "-aq").out()).as("down removes the one-off too").isEmpty();

        Run create = c.ok("-f", file, "create");
        assertThat(create.err()).contains(" \u2714 Container e2erun-web-1  Created", " \u2714 Container "
                + "e2erun-client-1  Created").doesNotContain("Started");
        assertThat(c.ok("-f", file, "ps", "-a").out()).containsPattern("e2erun-web-1 .* Created");
        assertThat(c.ok("-f", file, "ps").out()).doesNotContain("e2erun-web-1");
        c.ok("-f", file, "down", "-t", "1");
        assertThat(c.ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(c.ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2erun");
        c.ok("engine", "stop");
    }
}
