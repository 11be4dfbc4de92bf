package io.jcompose.runtime.registry.transport;

import io.jcompose.runtime.registry.auth.Challenge;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.auth.Credentials;
import io.jcompose.runtime.registry.auth.TokenCache;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers registry challenges: remembers each host's last challenge, fetches and caches Bearer tokens per scope,
 * or sends Basic credentials. Anonymous until a host first answers 401.
 */
public final class Authenticator {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(60);

    private final HttpSender sender;
    private final CredentialSource credentials;
    private final TokenCache tokens;
    private final ConcurrentHashMap<String, Challenge> challenges = new ConcurrentHashMap<>();

    public Authenticator(HttpSender sender, CredentialSource credentials, TokenCache tokens) {
        this.sender = sender;
        this.credentials = credentials;
        this.tokens = tokens;
    }

    /** The {@code Authorization} value for a request, or empty while the host has not asked for any. */
    public Optional<String> authorization(RegistryEndpoint endpoint, List<String> scopes)
            throws IOException, InterruptedException {
        Challenge c = challenges.get(endpoint.name());
        return c == null ? Optional.empty() : Optional.of(answer(endpoint, c, scopes, false));
    }

    /** Learns the challenge of a 401 and gets a fresh answer ready (a new token, even if one was cached). */
    public void challenged(RegistryEndpoint endpoint, List<String> wwwAuthenticate, List<String> scopes)
            throws IOException, InterruptedException {
        Challenge c = Challenge.preferred(wwwAuthenticate).orElseThrow(() -> new RegistryException(
                "unauthorized: authentication required (no supported WWW-Authenticate challenge in "
                        + wwwAuthenticate + ")", 401, "UNAUTHORIZED", null));
        challenges.put(endpoint.name(), c);
        answer(endpoint, c, scopes, true);
    }

    private String answer(RegistryEndpoint endpoint, Challenge c, List<String> scopes, boolean fresh)
            throws IOException, InterruptedException {
        Optional<Credentials> creds = credentials.find(endpoint.name());
        if (c.isBasic()) {
            return creds.map(Credentials::basicHeader).orElseThrow(() -> new RegistryException(
                    "unauthorized: authentication required (no credentials for " + endpoint.name() + ")",
                    401, "UNAUTHORIZED", null));
        }
        if (!c.isBearer()) {
            throw new RegistryException("unsupported authentication scheme \"" + c.scheme() + "\"");
        }
        String realm = c.param("realm").orElseThrow(() -> new RegistryException(
                "unauthorized: the Bearer challenge of " + endpoint.name() + " has no realm"));
        String service = c.param("service").orElse("");
        Set<String> all = new LinkedHashSet<>(scopes);
        for (String s : c.param("scope").orElse("").split(" ")) {
            if (fresh || sameResource(s, scopes)) {
                all.add(s);
            }
        }
        all.remove("");
        List<String> scopeList = List.copyOf(all);
        String key = TokenCache.key(realm, service, scopeList);
        if (!fresh) {
            Optional<String> cached = tokens.get(key);
            if (cached.isPresent()) {
                return "Bearer " + cached.get();
            }
        }
        return "Bearer " + fetchToken(realm, service, scopeList, creds, key);
    }

    /**
     * Whether a scope of the host's last challenge concerns a resource of this request's scopes: a challenge made
     * for another repository must not widen the tokens asked for this one.
     */
    private static boolean sameResource(String challengeScope, List<String> scopes) {
        int end = challengeScope.lastIndexOf(':');
        String resource = end < 0 ? challengeScope : challengeScope.substring(0, end + 1);
        return scopes.stream().anyMatch(s -> s.startsWith(resource));
    }

    private String fetchToken(String realm, String service, List<String> scopes, Optional<Credentials> creds,
            String key) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder();
        if (!service.isEmpty()) {
            q.append("service=").append(enc(service));
        }
        for (String s : scopes) {
            q.append(q.isEmpty() ? "" : "&").append("scope=").append(enc(s));
        }
        URI uri;
        try {
            uri = URI.create(realm + (q.isEmpty() ? "" : (realm.contains("?") ? "&" : "?") + q));
        } catch (IllegalArgumentException e) {
            throw new RegistryException("unauthorized: invalid token realm \"" + realm + "\"");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(TOKEN_TIMEOUT);
        creds.ifPresent(c -> b.header("Authorization", c.basicHeader()));
        HttpResponse<InputStream> r;
        try {
            r = sender.send(b.build());
        } catch (IOException e) {
            throw new RegistryException("cannot reach token server " + realm + ": " + RegistrySession.describe(e),
                    0, null, e);
        }
        if (r.statusCode() != 200) {
            RegistryException f = RegistryErrors.failure(r);
            throw new RegistryException(f.getMessage(), f.status(), f.code(), null);
        }
        JsonNode json;
        try (InputStream in = r.body()) {
            json = MAPPER.readTree(in.readNBytes(1 << 20));
        } catch (RuntimeException e) {
            throw new RegistryException("unauthorized: token server " + realm + " answered with invalid JSON");
        }
        String token = text(json, "token").or(() -> text(json, "access_token")).orElseThrow(() ->
                new RegistryException("unauthorized: token server " + realm + " sent no token"));
        long seconds = json.has("expires_in") ? json.get("expires_in").asLong(60) : 60;
        tokens.put(key, token, Duration.ofSeconds(seconds < 60 ? 60 : seconds));
        return token;
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v != null && v.isString() && !v.asString().isEmpty() ? Optional.of(v.asString()) : Optional.empty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
