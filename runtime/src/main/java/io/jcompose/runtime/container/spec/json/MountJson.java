package io.jcompose.runtime.container.spec.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One OCI mount; runc performs them in list order, so parents must come before what is mounted inside them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"destination", "type", "source", "options"})
public record MountJson(
        @JsonProperty("destination") String destination,
        @JsonProperty("type") String type,
        @JsonProperty("source") String source,
        @JsonProperty("options") List<String> options) {

    public MountJson {
        options = options == null ? null : List.copyOf(options);
    }
}
