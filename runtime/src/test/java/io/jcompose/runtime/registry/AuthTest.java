package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.auth.Credentials;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anonymous first; a 401 is answered with a Bearer token from the realm or with Basic credentials. */
class AuthTest {

    private static final Credentials ALICE = new Credentials("alice", "s3cret");

    private FakeRegistry registry;
    private final Clients clients = new Clients();
    private final MemoryBlobStore source = new MemoryBlobStore();
    private final MemoryBlobStore store = new MemoryBlobStore();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        registry = new FakeRegistry();
        registry.publish("team/app", "1", TestImages.image(source, 1, 3, Clients.AMD64));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private CredentialSource only(String host, Credentials c) {
        return h -> h.equals(host) ? Optional.of(c) : Optional.empty();
    }

    /** Token server at /token (Basic alice required when {@code needUser}); the registry wants its token. */
    private void bearer(boolean needUser, String tokenField) {
        registry.interceptors.add(ex -> {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/token")) {
                tokenRequests.add(ex.getRequestURI().getRawQuery());
                String authz = ex.getRequestHeaders().getFirst("Authorization");
                if (needUser && !ALICE.basicHeader().equals(authz)) {
                    FakeRegistry.send(ex, 401, null, null, Map.of());
                    return true;
                }
                String scope = FakeRegistry.query(ex.getRequestURI().getRawQuery()).get("scope");
                FakeRegistry.send(ex, 200, "application/json",
                        TestImages.utf8("{\"" + tokenField + "\":\"tok-" + scope + "\",\"expires_in\":300}"), Map.of());
                return true;
            }
            if (!("Bearer tok-repository:team/app:pull").equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                challenge(ex, "Bearer realm=\"" + registry.url() + "/token\",service=\"fake\","
                        + "scope=\"repository:team/app:pull\"");
                return true;
            }
            return false;
        });
    }

    private static void challenge(HttpExchange ex, String header) throws IOException {
        ex.getResponseHeaders().set("WWW-Authenticate", header);
        FakeRegistry.error(ex, 401, "UNAUTHORIZED", "authentication required");
    }

    @Test
    void anonymousBearerTokenIsFetchedOnceAndReused() throws Exception {
        bearer(false, "token");
        try (RegistryClient client = clients.client()) {
            client.pull(registry.host(), "team/app", "1", store, e -> { });
        }
        assertThat(store.list()).isEqualTo(source.list());
        assertThat(tokenRequests).containsExactly("service=fake&scope=repository%3Ateam%2Fapp%3Apull");
        assertThat(registry.count("GET /v2/team/app/")).isEqualTo(6);
    }

    @Test
    void bearerTokenWithCredentialsAndAccessTokenField() throws Exception {
        bearer(true, "access_token");
        try (RegistryClient client = clients.client(only(registry.host(), ALICE))) {
            client.pull(registry.host(), "team/app", "1", store, e -> { });
        }
        assertThat(store.list()).isEqualTo(source.list());
        assertThat(tokenRequests).hasSize(1);
    }

    @Test
    void aRefusedTokenRequestIsUnauthorized() {
        bearer(true, "token");
        try (RegistryClient client = clients.client()) {
            assertThatThrownBy(() -> client.pull(registry.host(), "team/app", "1", store, e -> { }))
                    .hasMessage("pull " + registry.host() + "/team/app:1: unauthorized: authentication required");
        }
    }

    private void basic() {
        registry.interceptors.add(ex -> {
            if (!ALICE.basicHeader().equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                challenge(ex, "Basic realm=\"fake registry\"");
                return true;
            }
            return false;
        });
    }

    @Test
    void basicAuthSendsTheCredentials() throws Exception {
        basic();
        try (RegistryClient client = clients.client(only(registry.host(), ALICE))) {
            client.pull(registry.host(), "team/app", "1", store, e -> { });
        }
        assertThat(store.list()).isEqualTo(source.list());
        assertThat(registry.count("GET /v2/team/app/manifests/1")).isEqualTo(2);
    }

    @Test
    void basicAuthWithoutCredentialsNamesTheHost() {
        basic();
        try (RegistryClient client = clients.client()) {
            assertThatThrownBy(() -> client.pull(registry.host(), "team/app", "1", store, e -> { }))
                    .hasMessage("pull " + registry.host() + "/team/app:1: unauthorized: authentication required "
                            + "(no credentials for " + registry.host() + ")");
        }
    }

    @Test
    void wrongBasicCredentialsAreUnauthorized() {
        basic();
        try (RegistryClient client = clients.client(only(registry.host(), new Credentials("alice", "wrong")))) {
            assertThatThrownBy(() -> client.pull(registry.host(), "team/app", "1", store, e -> { }))
                    .hasMessage("pull " + registry.host() + "/team/app:1: unauthorized: authentication required");
        }
    }
}
