package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to {@code POST /containers/create}: the new ID and warnings (never null, maybe empty). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerCreatedJson(@JsonProperty("Id") String id, @JsonProperty("Warnings") List<String> warnings) {
}
