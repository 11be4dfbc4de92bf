package io.jcompose.runtime.registry.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code auths} from docker's {@code config.json}, so that a {@code docker login} done before works for us
 * too. Credential helpers ({@code credsStore}, {@code credHelpers}) are not run: they are reported once and skipped.
 */
public final class DockerConfigCredentials implements CredentialSource {

    private static final Logger LOG = LoggerFactory.getLogger(DockerConfigCredentials.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, Credentials> byHost;

    private DockerConfigCredentials(Map<String, Credentials> byHost) {
        this.byHost = Map.copyOf(byHost);
    }

    /** {@code $DOCKER_CONFIG/config.json}, else {@code ~/.docker/config.json}. */
    public static Path defaultPath() {
        String dir = System.getenv("DOCKER_CONFIG");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir, "config.json");
        }
        return Path.of(System.getProperty("user.home"), ".docker", "config.json");
    }

    /** A source that reads {@code configJson} on first use (a pull that needs no credentials never reads it). */
    public static CredentialSource lazy(Path configJson) {
        return new CredentialSource() {
            private volatile DockerConfigCredentials loaded;

            @Override
            public Optional<Credentials> find(String registryHost) throws IOException {
                DockerConfigCredentials l = loaded;
                if (l == null) {
                    l = load(configJson);
                    loaded = l;
                }
                return l.find(registryHost);
            }
        };
    }

    /** Loads the file; a missing file means no credentials. */
    public static DockerConfigCredentials load(Path configJson) throws IOException {
        if (!Files.exists(configJson)) {
            return new DockerConfigCredentials(Map.of());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(configJson));
        } catch (JacksonException e) {
            throw new IOException(configJson + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root.hasNonNull("credsStore") || root.hasNonNull("credHelpers")) {
            LOG.warn("{}: credential helpers (credsStore, credHelpers) are not supported; using only \"auths\"",
                    configJson);
        }
        Map<String, Credentials> found = new HashMap<>();
        JsonNode auths = root.get("auths");
        if (auths != null && auths.isObject()) {
            for (Map.Entry<String, JsonNode> e : auths.properties()) {
                credentialsOf(configJson, e.getKey(), e.getValue())
                        .ifPresent(c -> found.put(normalise(e.getKey()), c));
            }
        }
        return new DockerConfigCredentials(found);
    }

    private static Optional<Credentials> credentialsOf(Path file, String key, JsonNode entry) throws IOException {
        try {
            if (entry.hasNonNull("auth") && !entry.get("auth").asString().isEmpty()) {
                return Optional.of(Credentials.ofDockerAuth(entry.get("auth").asString()));
            }
            if (entry.hasNonNull("username") && entry.hasNonNull("password")) {
                return Optional.of(new Credentials(entry.get("username").asString(), entry.get("password").asString()));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": auths.\"" + key + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Credentials> find(String registryHost) {
        return Optional.ofNullable(byHost.get(normalise(registryHost)));
    }

    /** Docker keys entries by URL or host ({@code https://index.docker.io/v1/}); compare by bare host. */
    static String normalise(String key) {
        String host = key.replaceFirst("^https?://", "");
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        return switch (host) {
            case "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com" -> "docker.io";
            default -> host;
        };
    }
}
