package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.BlobWriter;
import io.jcompose.runtime.image.store.DigestMismatchException;
import io.jcompose.runtime.registry.transport.RegistryErrors;
import io.jcompose.runtime.registry.transport.RegistryException;
import io.jcompose.runtime.registry.transport.RegistrySession;
import io.jcompose.runtime.registry.transport.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Objects;

/**
 * Streams one blob from the registry into the store, checking size and digest, following redirects to storage
 * hosts (without our credentials), and starting again after a dropped connection.
 */
final class BlobDownloader {

    private static final int MAX_REDIRECTS = 5;

    private final RegistrySession session;
    private final String repository;
    private final BlobStore store;
    private final ProgressListener listener;

    BlobDownloader(RegistrySession session, String repository, BlobStore store, ProgressListener listener) {
        this.session = session;
        this.repository = repository;
        this.store = store;
        this.listener = listener;
    }

    /** Fetches {@code blob} unless the store has it; {@code kind} ("layer", "config") is for messages. */
    void fetch(Descriptor blob, String kind) throws IOException, InterruptedException {
        Digest digest = blob.digestValue();
        if (store.has(digest)) {
            listener.on(new ProgressEvent.AlreadyExists(digest));
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                download(digest, blob.size(), kind);
                listener.on(new ProgressEvent.Done(digest));
                return;
            } catch (RegistryException e) {
                throw e;
            } catch (IOException e) {
                if (!RegistrySession.isTransient(e) || attempt >= session.retry().maxAttempts()) {
                    throw new RegistryException("downloading " + kind + " " + digest + " failed: "
                            + RegistrySession.describe(e), 0, null, e);
                }
                session.retry().pause(attempt, null);
            }
        }
    }

    private void download(Digest digest, long size, String kind) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = open(digest);
        if (r.statusCode() != 200) {
            throw RegistryErrors.failure(r).prefixed(kind + " " + digest);
        }
        try (InputStream body = r.body(); BlobWriter w = store.writer()) {
            listener.on(new ProgressEvent.Downloading(digest, 0, size));
            InputStream in = new ProgressInputStream(body, size + 1,
                    n -> listener.on(new ProgressEvent.Downloading(digest, Math.min(n, size), size)));
            OutputStream out = w.stream();
            in.transferTo(out);
            if (w.written() != size) {
                throw new RegistryException("size mismatch for " + kind + " " + digest + ": expected " + size
                        + " bytes, the registry sent " + (w.written() > size ? "more" : w.written()));
            }
            listener.on(new ProgressEvent.Verifying(digest));
            try {
                w.commit(digest, size);
            } catch (DigestMismatchException e) {
                throw new RegistryException("digest mismatch for " + kind + " " + digest
                        + ": the registry sent different content", 0, null, e);
            }
        }
    }

    private HttpResponse<InputStream> open(Digest digest) throws IOException, InterruptedException {
        URI registry = session.endpoint().base();
        Request get = Request.of("GET", session.endpoint().uri("/v2/" + repository + "/blobs/" + digest));
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> r = session.send(get);
            int s = r.statusCode();
            String location = r.headers().firstValue("Location").orElse(null);
            if (!(s == 301 || s == 302 || s == 303 || s == 307 || s == 308) || location == null) {
                return r;
            }
            RegistrySession.discard(r);
            if (hop >= MAX_REDIRECTS) {
                throw new RegistryException("blob " + digest + ": too many redirects");
            }
            URI next = get.uri().resolve(location);
            boolean sameHost = Objects.equals(next.getScheme(), registry.getScheme())
                    && Objects.equals(next.getRawAuthority(), registry.getRawAuthority());
            get = Request.of("GET", next);
            if (!sameHost) {
                get = get.withoutAuthorization();
            }
        }
    }
}
