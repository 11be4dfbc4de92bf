package io.jcompose.runtime.api.image;

import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.service.ImagePuller;
import io.jcompose.runtime.image.archive.ImportOptions;
import io.jcompose.runtime.image.archive.RootfsImporter;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.NameEntry;
import io.jcompose.runtime.registry.RegistryClient;
import io.jcompose.runtime.registry.auth.Credentials;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /images/create}: a pull ({@code fromImage}, {@code tag}) streamed as docker's progress lines, or an
 * import of the request body as a root filesystem ({@code fromSrc=-}, {@code repo}, {@code tag}, {@code changes},
 * {@code message}).
 */
final class PullRoute {

    private final ImageStore store;
    private final RegistryClients registries;
    private final Clock clock;

    private final ImageUnpacker unpacker;

    PullRoute(ImageStore store, RegistryClients registries, Clock clock, ImageUnpacker unpacker) {
        this.unpacker = unpacker;
        this.store = store;
        this.registries = registries;
        this.clock = clock;
    }

    ApiResponse handle(ApiRequest request) throws IOException {
        Optional<String> fromImage = request.queryParam("fromImage").filter(s -> !s.isEmpty());
        if (fromImage.isPresent()) {
            return pull(reference(fromImage.get(), request.queryParam("tag").orElse("")), RegistryAuth.from(request));
        }
        Optional<String> fromSrc = request.queryParam("fromSrc").filter(s -> !s.isEmpty());
        if (fromSrc.isPresent()) {
            return importRootfs(request, fromSrc.get());
        }
        throw new ApiException(400, "fromImage or fromSrc is required");
    }

    /** The name to pull: {@code tag} (a tag or a digest) replaces whatever {@code fromImage} carried. */
    static ImageReference reference(String fromImage, String tag) {
        ImageReference ref = ImageReference.parse(fromImage);
        if (tag.isEmpty()) {
            return ref;
        }
        return tag.contains(":") ? ref.onlyDigest(Digest.of(tag)) : ref.onlyTag(tag);
    }

    private ApiResponse pull(ImageReference ref, Optional<Credentials> credentials) {
        Optional<Digest> before = store.lookup(ref).map(NameEntry::targetDigest);
        return ApiResponse.stream(200, "application/json", out -> {
            ProgressLines lines = new ProgressLines(out);
            lines.write(ProgressJson.status("Pulling from " + ref.path(), ref.tag() != null ? ref.tag()
                    : ref.digest()));
            try (RegistryClient client = registries.open(credentials)) {
                TransferProgress progress = new TransferProgress(lines, TransferProgress.Kind.PULL,
                        TransferProgress.allButFirst());
                Digest digest = new ImagePuller(store, client).pull(ref, progress);
                if (unpacker != null) {
                    StoredImage image = store.resolve(ref.toString());
                    for (var layer : image.manifest().layers()) {
                        lines.write(ProgressJson.status("Extracting", layer.digestValue().shortHex()));
                    }
                    unpacker.unpack(image);
                }
                lines.write(ProgressJson.status("Digest: " + digest));
                boolean same = before.isPresent() && before.get().equals(digest);
                lines.write(ProgressJson.status("Status: " + (same ? "Image is up to date for "
                        : "Downloaded newer image for ") + ref.familiar()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lines.fail(e);
            } catch (IOException | RuntimeException e) {
                lines.fail(e);
            }
        });
    }

    private ApiResponse importRootfs(ApiRequest request, String source) throws IOException {
        if (!source.equals("-")) {
            throw new ApiException(400, "importing from \"" + source + "\" is not supported: send the tarball as "
                    + "the request body (fromSrc=-)");
        }
        String repo = request.queryParam("repo").orElse("");
        String tag = request.queryParam("tag").orElse("");
        ImageReference name = null;
        if (!repo.isEmpty()) {
            name = ImageReference.parse(repo);
            if (!tag.isEmpty()) {
                name = name.onlyTag(tag);
            }
        }
        List<String> changes = request.query().getOrDefault("changes", List.of());
        String message = request.queryParam("message").filter(s -> !s.isEmpty()).orElse(null);
        Digest id = new RootfsImporter(store, clock).importRootfs(request.body(),
                new ImportOptions(name, changes, message, source, null));
        return ProgressLines.response(List.of(ProgressJson.status(id.toString())));
    }
}
