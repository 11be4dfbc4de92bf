package io.jcompose.runtime.api.image;

import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.image.archive.ArchiveLoader;
import io.jcompose.runtime.image.archive.ArchiveWriter;
import io.jcompose.runtime.image.archive.LoadResult;
import io.jcompose.runtime.image.store.ImageStore;
import java.io.IOException;
import java.util.List;

/**
 * {@code docker save} and {@code docker load} over the API: {@code GET /images/{name}/get} and
 * {@code GET /images/get?names=...} stream a docker archive; {@code POST /images/load} reads one from the body and
 * answers with {@code Loaded image: ...} lines.
 */
final class ArchiveRoutes {

    private final ImageStore store;

    ArchiveRoutes(ImageStore store) {
        this.store = store;
    }

    ApiResponse saveOne(ApiRequest request) throws IOException {
        return save(List.of(request.pathParam("name")));
    }

    ApiResponse saveMany(ApiRequest request) throws IOException {
        List<String> names = request.query().getOrDefault("names", List.of()).stream()
                .filter(n -> !n.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new ApiException(400, "no images given to save: use names=NAME (repeated)");
        }
        return save(names);
    }

    /** Every name is resolved first, so that a missing image is a 404 rather than a broken archive. */
    private ApiResponse save(List<String> names) throws IOException {
        for (String n : names) {
            store.resolve(n);
        }
        return ApiResponse.stream(200, "application/x-tar",
                out -> new ArchiveWriter(store).save(names, ArchiveWriter.Format.DOCKER, out));
    }

    ApiResponse load(ApiRequest request) throws IOException {
        LoadResult result = new ArchiveLoader(store).load(request.body());
        return ProgressLines.response(result.messages().stream().map(m -> ProgressJson.stream(m + "\n")).toList());
    }
}
