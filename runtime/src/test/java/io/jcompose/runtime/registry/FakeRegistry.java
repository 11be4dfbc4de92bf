package io.jcompose.runtime.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.OciJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An in-memory registry on 127.0.0.1 speaking enough of the distribution API for unit tests, with interceptors
 * that can answer a request first (to demand auth, fail, or lie).
 */
final class FakeRegistry implements AutoCloseable {

    /** Handles an exchange before the registry does; returns true when it answered it. */
    @FunctionalInterface
    interface Interceptor {
        boolean handle(HttpExchange ex) throws IOException;
    }

    record Stored(String mediaType, byte[] bytes) {
    }

    final HttpServer server;
    final Map<Digest, byte[]> blobs = new ConcurrentHashMap<>();
    final Map<String, Set<Digest>> repoBlobs = new ConcurrentHashMap<>();
    final Map<String, Stored> manifests = new ConcurrentHashMap<>();
    final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final List<Interceptor> interceptors = new CopyOnWriteArrayList<>();

    FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::dispatch);
        server.start();
    }

    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    String url() {
        return "http://" + host();
    }

    Digest putBlob(String repo, byte[] bytes) {
        Digest d = Digest.sha256(bytes);
        blobs.put(d, bytes);
        repoBlobs.computeIfAbsent(repo, r -> ConcurrentHashMap.newKeySet()).add(d);
        return d;
    }

    Digest putManifest(String repo, String tag, String mediaType, byte[] bytes) {
        Digest d = Digest.sha256(bytes);
        manifests.put(repo + "@" + d, new Stored(mediaType, bytes));
        if (tag != null) {
            manifests.put(repo + ":" + tag, new Stored(mediaType, bytes));
        }
        return d;
    }

    /** Publishes a built image (blobs and manifest) under {@code repo:tag}. */
    void publish(String repo, String tag, TestImages.Built image) {
        putBlob(repo, image.config());
        image.layers().forEach(l -> putBlob(repo, l));
        putManifest(repo, tag, image.manifest().mediaType(), image.manifestBytes());
    }

    long count(String prefix) {
        return log.stream().filter(l -> l.startsWith(prefix)).count();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            log.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            for (Interceptor i : interceptors) {
                if (i.handle(ex)) {
                    return;
                }
            }
            route(ex);
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/v2/")) {
            send(ex, 200, "application/json", OciJson.write(Map.of()), Map.of());
            return;
        }
        int m = path.lastIndexOf("/manifests/");
        int u = path.indexOf("/blobs/uploads/");
        int b = path.lastIndexOf("/blobs/");
        if (m > 0) {
            manifest(ex, method, path.substring(4, m), path.substring(m + 11));
        } else if (u > 0) {
            upload(ex, method, path.substring(4, u), path.substring(u + 15));
        } else if (b > 0) {
            blob(ex, method, path.substring(4, b), Digest.of(path.substring(b + 7)));
        } else {
            error(ex, 404, "NAME_UNKNOWN", "repository name not known to registry");
        }
    }

    private void manifest(HttpExchange ex, String method, String repo, String ref) throws IOException {
        String key = repo + (ref.contains(":") ? "@" : ":") + ref;
        if (method.equals("PUT")) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String ct = ex.getRequestHeaders().getFirst("Content-Type");
            Digest d = putManifest(repo, ref.contains(":") ? null : ref, ct, body);
            send(ex, 201, null, null, Map.of("Docker-Content-Digest", d.toString()));
            return;
        }
        Stored s = manifests.get(key);
        if (s == null) {
            error(ex, 404, "MANIFEST_UNKNOWN", "manifest unknown");
            return;
        }
        send(ex, 200, s.mediaType(), method.equals("HEAD") ? null : s.bytes(),
                Map.of("Docker-Content-Digest", Digest.sha256(s.bytes()).toString()));
    }

    private void blob(HttpExchange ex, String method, String repo, Digest digest) throws IOException {
        byte[] content = repoBlobs.getOrDefault(repo, Set.of()).contains(digest) ? blobs.get(digest) : null;
        if (content == null) {
            if (method.equals("HEAD")) {
                send(ex, 404, null, null, Map.of());
            } else {
                error(ex, 404, "BLOB_UNKNOWN", "blob unknown to registry");
            }
            return;
        }
        if (method.equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Long.toString(content.length));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        send(ex, 200, "application/octet-stream", content, Map.of("Docker-Content-Digest", digest.toString()));
    }

    private void upload(HttpExchange ex, String method, String repo, String id) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (method.equals("POST")) {
            String mount = q.get("mount");
            if (mount != null && repoBlobs.getOrDefault(q.get("from"), Set.of()).contains(Digest.of(mount))) {
                putBlob(repo, blobs.get(Digest.of(mount)));
                send(ex, 201, null, null, Map.of("Location", "/v2/" + repo + "/blobs/" + mount));
                return;
            }
            String uuid = UUID.randomUUID().toString();
            uploads.put(uuid, new ByteArrayOutputStream());
            send(ex, 202, null, null, Map.of("Location", "/v2/" + repo + "/blobs/uploads/" + uuid + "?_state=x"));
            return;
        }
        ByteArrayOutputStream buf = uploads.get(id);
        if (buf == null) {
            error(ex, 404, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry");
            return;
        }
        buf.write(ex.getRequestBody().readAllBytes());
        if (method.equals("PATCH")) {
            send(ex, 202, null, null, Map.of("Location", "/v2/" + repo + "/blobs/uploads/" + id));
            return;
        }
        Digest expected = Digest.of(q.get("digest"));
        byte[] content = buf.toByteArray();
        if (!Digest.sha256(content).equals(expected)) {
            error(ex, 400, "DIGEST_INVALID", "provided digest did not match uploaded content");
            return;
        }
        uploads.remove(id);
        putBlob(repo, content);
        send(ex, 201, null, null, Map.of("Docker-Content-Digest", expected.toString()));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new ConcurrentHashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    q.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        byte[] body = TestImages.utf8("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}");
        send(ex, status, "application/json", body, Map.of());
    }

    static void send(HttpExchange ex, int status, String type, byte[] body, Map<String, String> headers)
            throws IOException {
        drain(ex.getRequestBody());
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body == null ? -1 : body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        in.readAllBytes();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).close();
    }
}
