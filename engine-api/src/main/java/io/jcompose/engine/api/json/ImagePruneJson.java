package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code POST /images/prune}: what went, and the bytes freed ({@code docker image prune} prints both). */
public record ImagePruneJson(
        @JsonProperty("ImagesDeleted") List<ImageDeleteJson> imagesDeleted,
        @JsonProperty("SpaceReclaimed") long spaceReclaimed) {

    public ImagePruneJson {
        imagesDeleted = imagesDeleted == null ? null : List.copyOf(imagesDeleted);
    }
}
