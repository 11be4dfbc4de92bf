package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.auth.DockerConfigCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real docker-registry behind htpasswd basic auth, credentials read from a docker config.json. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBasicAuthIT {

    private LocalRegistry registry;

    @TempDir
    Path home;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(LocalRegistry.BINARY),
                "docker-registry is not installed (Debian package docker-registry)");
        assumeTrue(Files.isExecutable(LocalRegistry.HTPASSWD),
                "htpasswd is not installed (Debian package apache2-utils)");
        registry = LocalRegistry.start("alice", "s3cret");
    }

    @AfterAll
    void stop() throws Exception {
        if (registry != null) {
            registry.close();
        }
    }

    private CredentialSource dockerConfig(String user, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Path config = Files.writeString(home.resolve(user + password + ".json"),
                "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
        return DockerConfigCredentials.lazy(config);
    }

    @Test
    void pushAndPullWithCredentials() throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, 41, 2, Clients.AMD64);
        try (RegistryClient client = new Clients().client(dockerConfig("alice", "s3cret"))) {
            client.push(registry.host(), "private/app", "1", image.manifestDigest(), source, null,
                    ProgressListener.NONE);
            MemoryBlobStore back = new MemoryBlobStore();
            PullResult pulled = client.pull(registry.host(), "private/app", "1", back, ProgressListener.NONE);
            assertThat(pulled.manifestDigest()).isEqualTo(image.manifestDigest());
            assertThat(back.list()).isEqualTo(source.list());
        }
    }

    @Test
    void anonymousIsRefused() {
        try (RegistryClient client = new Clients().client()) {
            assertThatThrownBy(() -> client.pull(registry.host(), "private/app", "1", new MemoryBlobStore(),
                    ProgressListener.NONE)).hasMessage("pull " + registry.host() + "/private/app:1: unauthorized: "
                            + "authentication required (no credentials for " + registry.host() + ")");
        }
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        try (RegistryClient client = new Clients().client(dockerConfig("alice", "wrong"))) {
            assertThatThrownBy(() -> client.pull(registry.host(), "private/app", "1", new MemoryBlobStore(),
                    ProgressListener.NONE)).hasMessage("pull " + registry.host() + "/private/app:1: unauthorized: "
                            + "authentication required");
        }
    }
}
