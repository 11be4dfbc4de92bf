package io.jcompose.runtime.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigCredentialsTest {

    @TempDir
    Path dir;

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private Path config(String json) throws Exception {
        return Files.writeString(dir.resolve("config.json"), json);
    }

    @Test
    void readsAuthsByHostAndByDockerHubUrl() throws Exception {
        Path file = config("""
                {"auths": {
                  "https://index.docker.io/v1/": {"auth": "%s"},
                  "127.0.0.1:5000": {"auth": "%s"},
                  "http://reg.example:8443/": {"username": "u", "password": "p"},
                  "empty.example": {}
                }, "credsStore": "desktop"}
                """.formatted(b64("hub:pw"), b64("alice:pa:ss")));
        DockerConfigCredentials c = DockerConfigCredentials.load(file);

        assertThat(c.find("docker.io")).contains(new Credentials("hub", "pw"));
        assertThat(c.find("127.0.0.1:5000")).contains(new Credentials("alice", "pa:ss"));
        assertThat(c.find("reg.example:8443")).contains(new Credentials("u", "p"));
        assertThat(c.find("empty.example")).isEmpty();
        assertThat(c.find("other")).isEmpty();
    }

    @Test
    void aMissingFileMeansNoCredentials() throws Exception {
        assertThat(DockerConfigCredentials.load(dir.resolve("absent.json")).find("docker.io")).isEmpty();
        assertThat(DockerConfigCredentials.lazy(dir.resolve("absent.json")).find("docker.io")).isEmpty();
    }

    @Test
    void aBrokenAuthValueNamesTheEntry() throws Exception {
        Path file = config("{\"auths\":{\"h:1\":{\"auth\":\"" + b64("nocolon") + "\"}}}");
        assertThatThrownBy(() -> DockerConfigCredentials.load(file)).hasMessage(file + ": auths.\"h:1\": invalid auth "
                + "value in docker config (expected base64 of user:password)");
    }

    @Test
    void invalidJsonIsReported() throws Exception {
        Path file = config("{");
        assertThatThrownBy(() -> DockerConfigCredentials.load(file)).hasMessageStartingWith(file + ": invalid JSON");
    }

    @Test
    void credentialsNeverPrintTheirSecret() {
        assertThat(new Credentials("alice", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(new Credentials("alice", "s3cret").basicHeader()).isEqualTo("Basic " + b64("alice:s3cret"));
    }
}
