package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.util.List;

/**
 * One row of {@code image ls}: names in docker's familiar form; empty lists for a dangling image.
 *
 * @param size bytes of the image's layers in the store
 */
public record ImageSummary(Digest id, List<String> repoTags, List<String> repoDigests, String created, long size) {

    public ImageSummary {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
    }
}
