package io.jcompose.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jcompose.runtime.image.Digest;
import java.util.List;
import java.util.Map;

/** A pointer to a blob: media type, digest and size (and, in indexes, the platform it is for). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Descriptor(
        @JsonProperty("mediaType") String mediaType,
        @JsonProperty("digest") String digest,
        @JsonProperty("size") long size,
        @JsonProperty("urls") List<String> urls,
        @JsonProperty("annotations") Map<String, String> annotations,
        @JsonProperty("platform") Platform platform) {

    public static Descriptor of(String mediaType, Digest digest, long size) {
        return new Descriptor(mediaType, digest.toString(), size, null, null, null);
    }

    /** The digest as a value; IllegalArgumentException if the document held an invalid one. */
    public Digest digestValue() {
        return Digest.of(digest);
    }

    public Descriptor withAnnotations(Map<String, String> newAnnotations) {
        return new Descriptor(mediaType, digest, size, urls, newAnnotations, platform);
    }
}
