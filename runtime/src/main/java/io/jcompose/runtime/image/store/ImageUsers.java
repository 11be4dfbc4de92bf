package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.util.List;

/** Tells the image store which containers use an image, so removal can refuse as docker does; the engine's
 * container store implements it. */
@FunctionalInterface
public interface ImageUsers {

    ImageUsers NONE = imageId -> List.of();

    /** Containers created from the image with this ID (config digest), running ones first or in any order. */
    List<ContainerUse> containersUsing(Digest imageId);

    /** One container and whether it is running (running users block even forced removal). */
    record ContainerUse(String containerId, boolean running) {

        /** The 12-character form docker prints. */
        public String shortId() {
            return containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
        }
    }
}
