package io.jcompose.runtime.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A Docker token server on 127.0.0.1 for docker-registry's {@code auth: token}: one user gets what each scope asks,
 * anonymous callers get pull on {@code public/*} repositories only, a wrong password gets 401. Records every request.
 */
final class TokenServer implements AutoCloseable {

    static final String SERVICE = "jcompose-test-registry";
    static final String ISSUER = "jcompose-test-issuer";

    /** One {@code GET /token}: who asked ({@code ""} when anonymous), for which scopes, and the answer's status. */
    record Seen(String user, String service, List<String> scopes, int status) {
    }

    private final Path dir;
    private final TokenSigner signer;
    private final HttpServer http;
    private final String user;
    private final String password;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private TokenServer(Path dir, TokenSigner signer, String user, String password) throws IOException {
        this.dir = dir;
        this.signer = signer;
        this.user = user;
        this.password = password;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/token", this::handle);
    }

    static TokenServer start(String user, String password) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jcompose-token-it");
        try {
            TokenServer server = new TokenServer(dir, TokenSigner.create(dir), user, password);
            server.http.start();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    String realm() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/token";
    }

    /** The {@code auth:} section of a docker-registry config that trusts this server. */
    String registryConfig() {
        return "auth:\n  token:\n    realm: " + realm() + "\n    service: " + SERVICE + "\n    issuer: " + ISSUER
                + "\n    rootcertbundle: " + signer.certificate() + "\n";
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String service = "";
            List<String> scopes = new ArrayList<>();
            String query = ex.getRequestURI().getRawQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (name.equals("service")) {
                    service = value;
                } else if (name.equals("scope")) {
                    scopes.add(value);
                }
            }
            String caller = caller(ex.getRequestHeaders().getFirst("Authorization"));
            if (caller == null) {
                seen.add(new Seen("?", service, scopes, 401));
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"" + realm() + "\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            seen.add(new Seen(caller, service, scopes, 200));
            String jwt = signer.sign(claims(caller, service, scopes));
            byte[] body = ("{\"token\":\"" + jwt + "\",\"access_token\":\"" + jwt + "\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The authenticated user, {@code ""} for anonymous, or null when the credentials are wrong. */
    private String caller(String authorization) {
        if (authorization == null) {
            return "";
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return pair.equals(user + ":" + password) ? user : null;
    }

    private String claims(String caller, String service, List<String> scopes) {
        List<String> access = new ArrayList<>();
        for (String scope : scopes) {
            String[] parts = scope.split(":");
            if (parts.length != 3 || !parts[0].equals("repository")) {
                continue;
            }
            List<String> granted = new ArrayList<>();
            for (String action : parts[2].split(",")) {
                boolean allowed = caller.isEmpty() ? action.equals("pull") && parts[1].startsWith("public/")
                        : action.equals("pull") || action.equals("push");
                if (allowed) {
                    granted.add("\"" + action + "\"");
                }
            }
            access.add("{\"type\":\"repository\",\"name\":\"" + json(parts[1]) + "\",\"actions\":["
                    + String.join(",", granted) + "]}");
        }
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + json(caller) + "\",\"aud\":\"" + json(service)
                + "\",\"exp\":" + (now + 300) + ",\"nbf\":" + (now - 10) + ",\"iat\":" + now + ",\"jti\":\""
                + UUID.randomUUID() + "\",\"access\":[" + String.join(",", access) + "]}";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
