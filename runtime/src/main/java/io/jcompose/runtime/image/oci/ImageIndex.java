package io.jcompose.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An image index / Docker manifest list: one manifest per platform. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImageIndex(
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("mediaType") String mediaType,
        @JsonProperty("manifests") List<Descriptor> manifests,
        @JsonProperty("annotations") Map<String, String> annotations) {

    public ImageIndex {
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
    }

    /** The first manifest that runs on {@code platform}. */
    public Optional<Descriptor> select(Platform platform) {
        return manifests.stream().filter(m -> platform.accepts(m.platform())).findFirst();
    }
}
