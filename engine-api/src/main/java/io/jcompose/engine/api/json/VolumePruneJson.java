package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code POST /volumes/prune}: names removed and bytes freed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumePruneJson(
        @JsonProperty("VolumesDeleted") List<String> volumesDeleted,
        @JsonProperty("SpaceReclaimed") long spaceReclaimed) {
}
