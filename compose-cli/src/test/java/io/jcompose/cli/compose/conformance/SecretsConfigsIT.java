package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets and configs beyond bind-mounted files, through {@code ./jcompose} and the real engine (root): content and
 * environment sources copied in with their owner and mode by {@code up}, {@code run} and {@code create}, docker
 * compose's warning for an owner or mode on a bind mount, and its refusal of external ones.
 */
class SecretsConfigsIT {

    @TempDir
    Path dir;

    private Conformance c;

    @BeforeEach
    void engine() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        if (c != null) {
            c.close();
        }
    }

    @Test
    void copiedContentKeepsOwnerAndModeInUpRunAndCreate() throws Exception {
        Path project = Files.createDirectories(dir.resolve("copied"));
        Files.writeString(project.resolve(".env"), "API_TOKEN=t0k\n");
        Files.writeString(project.resolve("token.txt"), "file\n");
        Path file = c.project("copied", """
                name: cfcopy
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    secrets:
                      - api
                      - {source: api, target: owned, uid: "1000", gid: "1001", mode: 0400}
                      - {source: token, mode: 0400}
                    configs:
                      - {source: inline, target: /etc/app.conf, mode: 0640}
                secrets:
                  api: {environment: API_TOKEN}
                  token: {file: ./token.txt}
                configs:
                  inline: {content: "a=1"}
                """);
        Conformance.Run up = c.composeOk(file, "up", "-d");
        assertThat(up.err()).contains("secrets `uid`, `gid` and `mode` are not supported, they will be ignored");
        assertThat(c.ok("container", "exec", "cfcopy-app-1", "cat", "/run/secrets/api").out()).isEqualTo("t0k");
        assertThat(c.ok("container", "exec", "cfcopy-app-1", "cat", "/run/secrets/token").out()).isEqualTo("file\n");
        assertThat(c.ok("container", "exec", "cfcopy-app-1", "stat", "-c", "%a %u %g", "/run/secrets/api",
                "/run/secrets/owned", "/etc/app.conf").out()).isEqualTo("444 0 0\n400 1000 1001\n640 0 0\n");
        assertThat(c.ok("container", "exec", "cfcopy-app-1", "cat", "/etc/app.conf").out()).isEqualTo("a=1");

        assertThat(c.composeOk(file, "run", "--rm", "app", "cat", "/run/secrets/owned", "/etc/app.conf").out())
                .isEqualTo("t0ka=1");

        c.composeOk(file, "down", "-t", "0");
        c.composeOk(file, "create");
        c.composeOk(file, "start");
        assertThat(c.ok("container", "exec", "cfcopy-app-1", "cat", "/run/secrets/owned").out()).isEqualTo("t0k");
    }

    @Test
    void externalSecretsAreRefusedAsDockerComposeRefusesThem() throws Exception {
        Path file = c.project("external", """
                name: cfext
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sleep", "600"]
                    secrets: [vault]
                secrets:
                  vault: {external: true}
                """);
        Conformance.Run up = c.compose(file, "up", "-d");
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.err()).contains("unsupported external secret vault");
        assertThat(c.allContainers()).doesNotContain("cfext-app-1");
    }
}
