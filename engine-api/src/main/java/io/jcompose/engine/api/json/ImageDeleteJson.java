package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One element of {@code DELETE /images/{name}} and of a prune report: a name removed or content deleted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageDeleteJson(@JsonProperty("Untagged") String untagged, @JsonProperty("Deleted") String deleted) {

    public static ImageDeleteJson untagged(String reference) {
        return new ImageDeleteJson(reference, null);
    }

    public static ImageDeleteJson deleted(String digest) {
        return new ImageDeleteJson(null, digest);
    }
}
