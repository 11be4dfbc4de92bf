package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.registry.transport.RegistryErrors;
import io.jcompose.runtime.registry.transport.RegistryException;
import io.jcompose.runtime.registry.transport.RegistrySession;
import io.jcompose.runtime.registry.transport.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Puts one blob into a repository unless it is there: HEAD, then a cross-repository mount when a source repository
 * is known, else an upload session (one PUT, or PATCH chunks then a closing PUT).
 */
final class BlobUploader {

    private final RegistrySession session;
    private final String repository;
    private final String mountFrom;
    private final BlobStore store;
    private final long chunkSize;
    private final ProgressListener listener;

    /** @param mountFrom a repository on the same registry that may hold the blobs, or null */
    BlobUploader(RegistrySession session, String repository, String mountFrom, BlobStore store, long chunkSize,
            ProgressListener listener) {
        this.session = session;
        this.repository = repository;
        this.mountFrom = mountFrom;
        this.store = store;
        this.chunkSize = chunkSize;
        this.listener = listener;
    }

    void upload(Digest digest, String kind) throws IOException, InterruptedException {
        long size = store.size(digest);
        HttpResponse<InputStream> head = session.send(Request.of("HEAD", uri("/blobs/" + digest)));
        RegistrySession.discard(head);
        if (head.statusCode() == 200) {
            listener.on(new ProgressEvent.AlreadyExists(digest));
            return;
        }
        if (head.statusCode() != 404) {
            throw RegistryErrors.failure(head.statusCode(), new byte[0]).prefixed(kind + " " + digest);
        }
        boolean mount = mountFrom != null && !mountFrom.equals(repository);
        String start = "/blobs/uploads/"
                + (mount ? "?mount=" + enc(digest.toString()) + "&from=" + enc(mountFrom) : "");
        HttpResponse<InputStream> r = session.send(Request.of("POST", uri(start)));
        if (mount && r.statusCode() == 201) {
            RegistrySession.discard(r);
            listener.on(new ProgressEvent.Mounted(digest, mountFrom));
            listener.on(new ProgressEvent.Done(digest));
            return;
        }
        URI location = location(r, 202, kind, digest);
        HttpResponse<InputStream> done;
        if (chunkSize <= 0 || size <= chunkSize) {
            done = session.send(Request.of("PUT", withDigest(location, digest))
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(body(digest, 0, size, size)));
        } else {
            for (long offset = 0; offset < size; offset += chunkSize) {
                long len = Math.min(chunkSize, size - offset);
                HttpResponse<InputStream> chunk = session.send(Request.of("PATCH", location)
                        .withHeader("Content-Type", "application/octet-stream")
                        .withHeader("Content-Range", offset + "-" + (offset + len - 1))
                        .withBody(body(digest, offset, len, size)));
                location = location(chunk, 202, kind, digest);
            }
            done = session.send(Request.of("PUT", withDigest(location, digest)));
        }
        if (done.statusCode() != 201) {
            throw RegistryErrors.failure(done).prefixed("upload of " + kind + " " + digest);
        }
        RegistrySession.discard(done);
        String stored = done.headers().firstValue("Docker-Content-Digest").orElse(digest.toString());
        if (!stored.equals(digest.toString())) {
            throw new RegistryException("digest mismatch for " + kind + " " + digest + ": the registry stored "
                    + stored);
        }
        listener.on(new ProgressEvent.Done(digest));
    }

    private URI location(HttpResponse<InputStream> r, int expected, String kind, Digest digest)
            throws RegistryException {
        if (r.statusCode() != expected) {
            throw RegistryErrors.failure(r).prefixed("upload of " + kind + " " + digest);
        }
        RegistrySession.discard(r);
        String loc = r.headers().firstValue("Location").orElseThrow(() -> new RegistryException(
                "upload of " + kind + " " + digest + ": the registry sent no Location for the upload"));
        return r.request().uri().resolve(loc);
    }

    /** A body of {@code len} bytes from {@code offset}, reporting progress against the whole blob. */
    private Request.Body body(Digest digest, long offset, long len, long total) {
        return () -> HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                InputStream in = store.open(digest);
                in.skipNBytes(offset);
                return new ProgressInputStream(in, len,
                        n -> listener.on(new ProgressEvent.Uploading(digest, offset + n, total)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), len);
    }

    private URI uri(String path) {
        return session.endpoint().uri("/v2/" + repository + path);
    }

    private static URI withDigest(URI location, Digest digest) {
        String s = location.toString();
        return URI.create(s + (location.getRawQuery() == null ? "?" : "&") + "digest=" + enc(digest.toString()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
