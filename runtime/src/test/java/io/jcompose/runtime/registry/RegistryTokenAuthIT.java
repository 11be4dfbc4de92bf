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
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real docker-registry with token auth, trusting our own token server: the client's Bearer flow (challenge,
 * token with Basic credentials from a docker config.json, retry) end to end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryTokenAuthIT {

    private TokenServer tokens;
    private LocalRegistry registry;

    @TempDir
    Path home;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(LocalRegistry.BINARY),
                "docker-registry is not installed (Debian package docker-registry)");
        assumeTrue(Files.isExecutable(TokenSigner.KEYTOOL), "keytool is not in the JDK at " + TokenSigner.KEYTOOL);
        tokens = TokenServer.start("alice", "s3cret");
        registry = LocalRegistry.startWithConfig(tokens.registryConfig());
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (registry != null) {
                registry.close();
            }
        } finally {
            if (tokens != null) {
                tokens.close();
            }
        }
    }

    private CredentialSource dockerConfig(String user, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Path config = Files.writeString(home.resolve(user + password + ".json"),
                "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
        return DockerConfigCredentials.lazy(config);
    }

    private TestImages.Built pushAsAlice(String repository, long seed) throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, seed, 2, Clients.AMD64);
        try (RegistryClient client = new Clients().client(dockerConfig("alice", "s3cret"))) {
            client.push(registry.host(), repository, "1", image.manifestDigest(), source, null,
                    ProgressListener.NONE);
        }
        return image;
    }

    private List<TokenServer.Seen> seenFor(String scope) {
        return tokens.seen().stream().filter(s -> s.scopes().contains(scope)).toList();
    }

    private List<TokenServer.Seen> seenBy(String user, String scope) {
        return seenFor(scope).stream().filter(s -> s.user().equals(user)).toList();
    }

    @Test
    void pushAndPullWithATokenFromTheTokenServer() throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, 51, 2, Clients.AMD64);
        try (RegistryClient client = new Clients().client(dockerConfig("alice", "s3cret"))) {
            PushResult pushed = client.push(registry.host(), "private/app", "1", image.manifestDigest(), source,
                    null, ProgressListener.NONE);
            MemoryBlobStore back = new MemoryBlobStore();
            PullResult pulled = client.pull(registry.host(), "private/app", "1", back, ProgressListener.NONE);
            assertThat(pushed.digest()).isEqualTo(image.manifestDigest());
            assertThat(pulled.manifestDigest()).isEqualTo(image.manifestDigest());
            assertThat(back.list()).isEqualTo(source.list());
        }
        assertThat(seenFor("repository:private/app:pull,push")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.user()).isEqualTo("alice");
            assertThat(s.service()).isEqualTo(TokenServer.SERVICE);
            assertThat(s.status()).isEqualTo(200);
        });
        assertThat(seenFor("repository:private/app:pull")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.user()).isEqualTo("alice"));
    }

    @Test
    void anonymousPullOfAPrivateRepositoryIsRefused() throws Exception {
        pushAsAlice("private/hidden", 52);
        try (RegistryClient client = new Clients().client()) {
            assertThatThrownBy(() -> client.pull(registry.host(), "private/hidden", "1", new MemoryBlobStore(),
                    ProgressListener.NONE)).hasMessage("pull " + registry.host() + "/private/hidden:1: "
                            + "unauthorized: authentication required");
        }
        assertThat(seenBy("", "repository:private/hidden:pull")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).isEqualTo(new TokenServer.Seen("", TokenServer.SERVICE,
                        List.of("repository:private/hidden:pull"), 200)));
    }

    @Test
    void anonymousMayPullAPublicRepositoryButNotPush() throws Exception {
        TestImages.Built image = pushAsAlice("public/app", 53);
        try (RegistryClient client = new Clients().client()) {
            MemoryBlobStore back = new MemoryBlobStore();
            PullResult pulled = client.pull(registry.host(), "public/app", "1", back, ProgressListener.NONE);
            assertThat(pulled.manifestDigest()).isEqualTo(image.manifestDigest());

            MemoryBlobStore source = new MemoryBlobStore();
            TestImages.Built other = TestImages.image(source, 54, 1, Clients.AMD64);
            assertThatThrownBy(() -> client.push(registry.host(), "public/other", "1", other.manifestDigest(),
                    source, null, ProgressListener.NONE)).hasMessageMatching(Pattern.quote("push " + registry.host()
                            + "/public/other:1: upload of ") + "(config|layer) sha256:[0-9a-f]{64}: "
                            + Pattern.quote("unauthorized: authentication required"));
        }
        assertThat(seenBy("", "repository:public/app:pull")).isNotEmpty();
        assertThat(seenBy("", "repository:public/other:pull,push")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.scopes()).allMatch(scope -> scope.startsWith("repository:public/other:"),
                        "a scope of public/other (not one left over from the pull of public/app)"));
    }

    @Test
    void aWrongPasswordIsRefusedByTheTokenServer() throws Exception {
        try (RegistryClient client = new Clients().client(dockerConfig("alice", "wrong"))) {
            assertThatThrownBy(() -> client.pull(registry.host(), "private/app", "1", new MemoryBlobStore(),
                    ProgressListener.NONE)).hasMessage("pull " + registry.host() + "/private/app:1: unauthorized: "
                            + "authentication required");
        }
        assertThat(tokens.seen()).contains(new TokenServer.Seen("?", TokenServer.SERVICE,
                List.of("repository:private/app:pull"), 401));
    }
}
