package io.jcompose.runtime.api.image;

import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.Lease;
import io.jcompose.runtime.image.store.NameEntry;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.runtime.registry.PushResult;
import io.jcompose.runtime.registry.RegistryClient;
import io.jcompose.runtime.registry.auth.Credentials;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /images/{name}/push}: pushes one tag, or every tag of the repository when none is given, streaming
 * docker's progress lines and ending each tag with {@code TAG: digest: sha256:... size: N}. The pushed digest is
 * recorded as a repo digest, as docker shows it afterwards.
 */
final class PushRoute {

    private final ImageStore store;
    private final RegistryClients registries;

    PushRoute(ImageStore store, RegistryClients registries) {
        this.store = store;
        this.registries = registries;
    }

    ApiResponse handle(ApiRequest request) {
        ImageReference repo = ImageReference.parse(request.pathParam("name"));
        String tag = request.queryParam("tag").filter(t -> !t.isEmpty())
                .orElse(hasExplicitTag(request.pathParam("name")) ? repo.tag() : "");
        List<ImageReference> tags = tagsToPush(repo, tag);
        if (tags.isEmpty()) {
            throw new ApiException(404, "An image does not exist locally with the tag: " + repo.familiarRepository());
        }
        Optional<Credentials> credentials = RegistryAuth.from(request);
        return ApiResponse.stream(200, "application/json", out -> {
            ProgressLines lines = new ProgressLines(out);
            lines.write(ProgressJson.status("The push refers to repository [" + repo.repository() + "]"));
            try (RegistryClient client = registries.open(credentials); Lease lease = store.lease()) {
                for (ImageReference ref : tags) {
                    push(client, ref, lines, lease);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lines.fail(e);
            } catch (IOException | RuntimeException e) {
                lines.fail(e);
            }
        });
    }

    private static boolean hasExplicitTag(String name) {
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') && !name.contains("@");
    }

    private List<ImageReference> tagsToPush(ImageReference repo, String tag) {
        if (!tag.isEmpty()) {
            ImageReference ref = repo.onlyTag(tag);
            return store.lookup(ref).isPresent() ? List.of(ref) : List.of();
        }
        return store.entries().stream().map(NameEntry::name)
                .filter(n -> n != null && n.tag() != null && !n.isDigested()
                        && n.repository().equals(repo.repository()))
                .sorted(java.util.Comparator.comparing(ImageReference::tag)).toList();
    }

    private void push(RegistryClient client, ImageReference ref, ProgressLines lines, Lease lease)
            throws IOException, InterruptedException {
        StoredImage image = store.resolve(ref.toString());
        Descriptor root = pushRoot(image);
        Set<Digest> configs = configsOf(root, image);
        for (Digest d : store.content().reachable(root)) {
            lease.protect(d);
        }
        TransferProgress progress = new TransferProgress(lines, TransferProgress.Kind.PUSH,
                d -> !configs.contains(d));
        PushResult result = client.push(ref.domain(), ref.path(), ref.tag(), root.digestValue(), store.blobs(),
                null, progress);
        lines.write(ProgressJson.status(ref.tag() + ": digest: " + result.digest() + " size: " + result.size()));
        lines.write(ProgressJson.aux(Map.of("Tag", ref.tag(), "Digest", result.digest().toString(),
                "Size", result.size())));
        if (result.digest().equals(image.target().digestValue())) {
            store.tag(ref.onlyDigest(result.digest()), image.target());
        }
    }

    /** The image's index when every platform's manifest is here, else the manifest for this platform. */
    private Descriptor pushRoot(StoredImage image) throws IOException {
        if (image.target().digest().equals(image.manifestDescriptor().digest())) {
            return image.target();
        }
        ImageIndex index = OciJson.read(store.blobs().read(image.target().digestValue()), ImageIndex.class,
                "image index " + image.target().digest());
        boolean complete = index.manifests().stream().allMatch(m -> store.blobs().has(m.digestValue()));
        return complete ? image.target() : image.manifestDescriptor();
    }

    /** The config blobs of what is pushed: docker shows only layers. */
    private Set<Digest> configsOf(Descriptor root, StoredImage image) throws IOException {
        Set<Digest> configs = new HashSet<>();
        configs.add(image.id());
        if (!root.digest().equals(image.manifestDescriptor().digest())) {
            ImageIndex index = OciJson.read(store.blobs().read(root.digestValue()), ImageIndex.class, "image index");
            for (Descriptor m : index.manifests()) {
                Manifest manifest = OciJson.read(store.blobs().read(m.digestValue()), Manifest.class, "manifest");
                if (manifest.config() != null) {
                    configs.add(manifest.config().digestValue());
                }
            }
        }
        return configs;
    }
}
