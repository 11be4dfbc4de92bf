package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code GET /volumes}: the volumes and warnings (none from the local driver). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeListJson(
        @JsonProperty("Volumes") List<VolumeJson> volumes,
        @JsonProperty("Warnings") List<String> warnings) {
}
