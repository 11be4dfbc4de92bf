package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /images/{name}/json}: what {@code docker image inspect} prints and tools read the image config from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageInspectJson(
        @JsonProperty("Id") String id,
        @JsonProperty("RepoTags") List<String> repoTags,
        @JsonProperty("RepoDigests") List<String> repoDigests,
        @JsonProperty("Parent") String parent,
        @JsonProperty("Comment") String comment,
        @JsonProperty("Created") String created,
        @JsonProperty("DockerVersion") String dockerVersion,
        @JsonProperty("Author") String author,
        @JsonProperty("Config") ImageConfigJson config,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("Variant") String variant,
        @JsonProperty("Os") String os,
        @JsonProperty("Size") long size,
        @JsonProperty("GraphDriver") GraphDriver graphDriver,
        @JsonProperty("RootFS") RootFs rootFs,
        @JsonProperty("Metadata") Metadata metadata) {

    /** Where the layers live; docker always reports a driver. */
    public record GraphDriver(@JsonProperty("Name") String name, @JsonProperty("Data") Map<String, String> data) {
    }

    /** The uncompressed layer digests, bottom first. */
    public record RootFs(@JsonProperty("Type") String type, @JsonProperty("Layers") List<String> layers) {
    }

    /** When the image was last tagged locally, or docker's zero time. */
    public record Metadata(@JsonProperty("LastTagTime") String lastTagTime) {
    }
}
