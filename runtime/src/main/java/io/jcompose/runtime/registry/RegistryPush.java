package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.registry.transport.RegistryErrors;
import io.jcompose.runtime.registry.transport.RegistryException;
import io.jcompose.runtime.registry.transport.RegistrySession;
import io.jcompose.runtime.registry.transport.Request;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One push: the blobs of each manifest (in parallel, skipping what the registry has), each platform manifest of an
 * index by digest, and finally the top document under the tag; the registry's digest must be ours.
 */
final class RegistryPush {

    private final RegistrySession session;
    private final BlobStore store;
    private final BlobUploader uploader;
    private final ProgressListener listener;
    private final int parallel;

    RegistryPush(RegistrySession session, BlobStore store, BlobUploader uploader, ProgressListener listener,
            int parallel) {
        this.session = session;
        this.store = store;
        this.uploader = uploader;
        this.listener = listener;
        this.parallel = parallel;
    }

    PushResult push(RemoteImage target, Digest root) throws IOException, InterruptedException {
        if (target.digest().isPresent() && !target.digest().get().equals(root)) {
            throw new RegistryException("cannot push " + root + " under the digest " + target.tagOrDigest());
        }
        byte[] bytes = read(root, "manifest");
        String mediaType = OciJson.mediaTypeOf(bytes);
        if (MediaTypes.isIndex(mediaType)) {
            for (Descriptor m : OciJson.read(bytes, ImageIndex.class, "image index").manifests()) {
                pushManifest(target, m.digestValue(), m.digest());
            }
            putManifest(target, target.tagOrDigest(), root, bytes, mediaType);
        } else {
            pushManifest(target, root, target.tagOrDigest());
        }
        return new PushResult(target, root, mediaType, bytes.length);
    }

    private void pushManifest(RemoteImage target, Digest digest, String reference)
            throws IOException, InterruptedException {
        byte[] bytes = read(digest, "manifest");
        String mediaType = OciJson.mediaTypeOf(bytes);
        if (!MediaTypes.isManifest(mediaType)) {
            throw new RegistryException("cannot push " + digest + ": unsupported media type \"" + mediaType + "\"");
        }
        Manifest manifest = OciJson.read(bytes, Manifest.class, "image manifest");
        Map<Digest, String> blobs = new LinkedHashMap<>();
        blobs.put(manifest.config().digestValue(), "config");
        for (Descriptor layer : manifest.layers()) {
            if (!MediaTypes.DOCKER_FOREIGN_LAYER.equals(layer.mediaType())) {
                blobs.putIfAbsent(layer.digestValue(), "layer");
            }
        }
        List<ParallelTasks.Task> tasks = new ArrayList<>();
        for (Map.Entry<Digest, String> b : blobs.entrySet()) {
            if (!store.has(b.getKey())) {
                throw new RegistryException(b.getValue() + " " + b.getKey() + " of manifest " + digest
                        + " is not in the local store");
            }
            listener.on(new ProgressEvent.Waiting(b.getKey()));
            tasks.add(() -> uploader.upload(b.getKey(), b.getValue()));
        }
        ParallelTasks.run(tasks, parallel);
        putManifest(target, reference, digest, bytes, mediaType);
    }

    private void putManifest(RemoteImage target, String reference, Digest digest, byte[] bytes, String mediaType)
            throws IOException, InterruptedException {
        Request put = Request.of("PUT", session.endpoint().uri("/v2/" + target.repository() + "/manifests/"
                + reference)).withHeader("Content-Type", mediaType)
                .withBody(() -> HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<InputStream> r = session.send(put);
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw RegistryErrors.failure(r).prefixed("manifest " + digest);
        }
        RegistrySession.discard(r);
        String stored = r.headers().firstValue("Docker-Content-Digest").orElse(digest.toString());
        if (!stored.equals(digest.toString())) {
            throw new RegistryException("digest mismatch for manifest " + digest + ": the registry stored "
                    + stored);
        }
    }

    private byte[] read(Digest digest, String what) throws IOException {
        if (!store.has(digest)) {
            throw new RegistryException(what + " " + digest + " is not in the local store");
        }
        return store.read(digest);
    }
}
