package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A service's anonymous volume ({@code volumes: [/data]}) survives a recreate as in docker compose, is renewed by
 * {@code up -V}, and goes with {@code down -v}; through {@code ./jcompose} and the real engine (root).
 */
class AnonymousVolumesIT {

    private static final String STACK = """
            name: %s
            services:
              app:
                image: e2e/bb:1
                command: ["sleep", "600"]
                environment: {LEVEL: "%s"}
                volumes: [/data]
            """;

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

    /** The name of the volume inspect shows at {@code /data}. */
    private String dataVolume(String container) throws Exception {
        for (JsonNode m : c.inspect(container).get("Mounts")) {
            if (m.get("Destination").asString().equals("/data")) {
                assertThat(m.get("Type").asString()).isEqualTo("volume");
                assertThat(m.get("Source").asString()).endsWith("/volumes/" + m.get("Name").asString() + "/_data");
                return m.get("Name").asString();
            }
        }
        throw new AssertionError("no mount at /data in " + c.inspect(container).get("Mounts"));
    }

    private List<String> volumes() throws Exception {
        return c.ok("volume", "ls", "-q").out().lines().toList();
    }

    @Test
    void aRecreatedContainerKeepsItsAnonymousVolumeAndDownVRemovesIt() throws Exception {
        Path file = c.project("keep", STACK.formatted("cfanon", "1"));
        c.composeOk(file, "up", "-d");
        c.ok("container", "exec", "cfanon-app-1", "sh", "-c", "echo kept > /data/file");
        String volume = dataVolume("cfanon-app-1");
        assertThat(volume).matches("[0-9a-f]{64}");

        c.project("keep", STACK.formatted("cfanon", "2"));
        Run edited = c.composeOk(file, "up", "-d");
        assertThat(edited.err()).contains(" \u2714 Container cfanon-app-1  Recreated");
        assertThat(c.ok("container", "exec", "cfanon-app-1", "cat", "/data/file").out()).isEqualTo("kept\n");
        assertThat(dataVolume("cfanon-app-1")).isEqualTo(volume);
        assertThat(volumes()).containsExactly(volume);

        c.composeOk(file, "down", "-v", "-t", "0");
        assertThat(volumes()).as("down -v removes the inherited volume").isEmpty();
    }

    @Test
    void upRenewAnonVolumesStartsEmpty() throws Exception {
        Path file = c.project("renew", STACK.formatted("cfrenew", "1"));
        c.composeOk(file, "up", "-d");
        c.ok("container", "exec", "cfrenew-app-1", "sh", "-c", "echo kept > /data/file");
        String old = dataVolume("cfrenew-app-1");

        c.project("renew", STACK.formatted("cfrenew", "2"));
        c.composeOk(file, "up", "-d", "-V");
        assertThat(c.run("container", "exec", "cfrenew-app-1", "cat", "/data/file").code()).isNotZero();
        String fresh = dataVolume("cfrenew-app-1");
        assertThat(fresh).isNotEqualTo(old);

        c.composeOk(file, "down", "-v", "-t", "0");
        assertThat(volumes()).as("as in docker, -V leaves the replaced container's volume dangling")
                .containsExactly(old);
        c.ok("volume", "rm", old);
        assertThat(volumes()).isEmpty();
    }
}
