package io.jcompose.runtime.api.image;

import io.jcompose.runtime.image.service.ImageUnpacker;
import static io.jcompose.runtime.api.image.ImageErrors.guard;

import io.jcompose.engine.api.json.ImageDeleteJson;
import io.jcompose.engine.api.json.ImagePruneJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageException;
import io.jcompose.runtime.image.store.ImageRemover;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.ImageSummary;
import io.jcompose.runtime.image.store.ImageUsers;
import io.jcompose.runtime.image.store.RemoveResult;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Docker Engine API's image endpoints (list, inspect, pull and import, load, save, tag, remove, prune, push)
 * over the engine's image store, so the docker CLI and Docker clients manage jcompose's images.
 */
public final class ImageRoutes {

    private final ImageStore store;
    private final ImageUsers users;
    private final PullRoute pull;
    private final PushRoute push;
    private final ArchiveRoutes archives;

    public ImageRoutes(ImageStore store, RegistryClients registries, ImageUsers users) {
        this(store, registries, users, Clock.systemUTC());
    }

    public ImageRoutes(ImageStore store, RegistryClients registries, ImageUsers users, Clock clock) {
        this(store, registries, users, clock, null);
    }

    /** With an unpacker, a pull also unpacks the image's layers into snapshots, ready for containers. */
    public ImageRoutes(ImageStore store, RegistryClients registries, ImageUsers users, Clock clock,
            ImageUnpacker unpacker) {
        this.store = store;
        this.users = users;
        this.pull = new PullRoute(store, registries, clock, unpacker);
        this.push = new PushRoute(store, registries);
        this.archives = new ArchiveRoutes(store);
    }

    /** The routes; fixed paths come before the {@code {name*}} ones that could also match them. */
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/images/json", guard(this::list)),
                new Route("GET", "/images/get", guard(archives::saveMany)),
                new Route("GET", "/images/{name*}/get", guard(archives::saveOne)),
                new Route("GET", "/images/{name*}/json", guard(this::inspect)),
                new Route("POST", "/images/create", guard(pull::handle)),
                new Route("POST", "/images/load", guard(archives::load)),
                new Route("POST", "/images/prune", guard(this::prune)),
                new Route("POST", "/images/{name*}/tag", guard(this::tag)),
                new Route("POST", "/images/{name*}/push", guard(push::handle)),
                new Route("DELETE", "/images/{name*}", guard(this::remove)));
    }

    ApiResponse list(ApiRequest request) throws IOException {
        ImageFilters filters = ImageFilters.forList(request.queryParam("filters"));
        List<ImageSummaryJson> out = new ArrayList<>();
        for (ImageSummary s : store.list()) {
            StoredImage image = store.resolve(s.id().toString());
            if (filters.matches(candidate(image, s), this::createdOf)) {
                out.add(ImageJsonMapping.summary(image, s.repoTags(), s.repoDigests()));
            }
        }
        out.sort(Comparator.comparingLong(ImageSummaryJson::created).reversed());
        return ApiResponse.json(200, out);
    }

    ApiResponse inspect(ApiRequest request) throws IOException {
        return ApiResponse.json(200, ImageJsonMapping.inspect(store.inspect(request.pathParam("name"))));
    }

    ApiResponse tag(ApiRequest request) throws IOException {
        String repo = request.queryParam("repo").orElse("");
        if (repo.isEmpty()) {
            throw new ApiException(400, "repository name must have at least one component");
        }
        ImageReference name = ImageReference.parse(repo);
        String tag = request.queryParam("tag").orElse("");
        if (name.isDigested()) {
            throw new ApiException(400, "refusing to create a tag with a digest reference");
        }
        store.tag(request.pathParam("name"), tag.isEmpty() ? name : name.onlyTag(tag));
        return ApiResponse.empty(201);
    }

    ApiResponse remove(ApiRequest request) throws IOException {
        List<RemoveResult> removed = new ImageRemover(store).remove(request.pathParam("name"), request.flag("force"),
                users);
        return ApiResponse.json(200, removed.stream().map(ImageRoutes::toJson).toList());
    }

    /**
     * Removes the images the filters select that no container uses: dangling ones by default, every unused one
     * with {@code dangling=false} ({@code docker image prune -a}).
     */
    ApiResponse prune(ApiRequest request) throws IOException {
        ImageFilters filters = ImageFilters.forPrune(request.queryParam("filters"));
        boolean onlyDangling = filters.dangling().orElse(true);
        Map<String, Long> layerSizes = new HashMap<>();
        List<Digest> doomed = new ArrayList<>();
        for (ImageSummary s : store.list()) {
            StoredImage image = store.resolve(s.id().toString());
            boolean dangling = s.repoTags().isEmpty() && s.repoDigests().isEmpty();
            ImageFilters.Candidate c = candidate(image, s);
            if ((!onlyDangling || dangling) && matchesExceptDangling(filters, c)
                    && users.containersUsing(image.id()).isEmpty()) {
                doomed.add(image.id());
                for (Descriptor layer : image.manifest().layers()) {
                    layerSizes.put(layer.digest(), layer.size());
                }
            }
        }
        List<ImageDeleteJson> deleted = new ArrayList<>();
        long reclaimed = 0;
        ImageRemover remover = new ImageRemover(store);
        for (Digest id : doomed) {
            try {
                for (RemoveResult r : remover.remove(id.toString(), true, users)) {
                    deleted.add(toJson(r));
                    if (r instanceof RemoveResult.Deleted d) {
                        reclaimed += layerSizes.getOrDefault(d.digest(), 0L);
                    }
                }
            } catch (ImageException.NotFound | ImageException.Conflict gone) {
                // removed along with an earlier one, or taken into use meanwhile: docker skips it too
            }
        }
        return ApiResponse.json(200, new ImagePruneJson(deleted, reclaimed));
    }

    private static boolean matchesExceptDangling(ImageFilters filters, ImageFilters.Candidate c) {
        Map<String, List<String>> rest = new HashMap<>(filters.values());
        rest.remove("dangling");
        return new ImageFilters(rest).matches(c, name -> java.time.Instant.EPOCH);
    }

    private ImageFilters.Candidate candidate(StoredImage image, ImageSummary s) {
        return new ImageFilters.Candidate(image.id().toString(), s.repoTags(), s.repoDigests(),
                ImageJsonMapping.created(image), ImageJsonMapping.labels(image));
    }

    private java.time.Instant createdOf(String name) {
        try {
            return ImageJsonMapping.created(store.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ImageDeleteJson toJson(RemoveResult r) {
        return switch (r) {
            case RemoveResult.Untagged u -> ImageDeleteJson.untagged(u.reference());
            case RemoveResult.Deleted d -> ImageDeleteJson.deleted(d.digest());
        };
    }
}
