package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One element of {@code GET /images/json}, which {@code docker images} formats; {@code Created} is in unix seconds
 * and the sizes docker does not compute by default are -1.
 */
public record ImageSummaryJson(
        @JsonProperty("Id") String id,
        @JsonProperty("ParentId") String parentId,
        @JsonProperty("RepoTags") List<String> repoTags,
        @JsonProperty("RepoDigests") List<String> repoDigests,
        @JsonProperty("Created") long created,
        @JsonProperty("Size") long size,
        @JsonProperty("SharedSize") long sharedSize,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Containers") long containers) {

    public ImageSummaryJson {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        labels = Map.copyOf(labels);
    }
}
