package io.jcompose.runtime.image.store;

import java.util.List;

/** What {@code image inspect} shows: the resolved image and every name it has. */
public record ImageDetails(StoredImage image, List<String> repoTags, List<String> repoDigests) {

    public ImageDetails {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
    }
}
