package io.jcompose.runtime.build;

import io.jcompose.runtime.image.ref.ImageReference;
import java.io.IOException;

/** Brings a base image that is not in the store (or, with {@code pull}, a newer one) from its registry. */
@FunctionalInterface
public interface BaseImages {

    /** No registry: a missing base image fails the build. */
    BaseImages NONE = (ref, out) -> {
        throw new BuildException("pull access denied for " + ref.familiar() + ": the image is not in the engine "
                + "and this builder cannot pull");
    };

    void pull(ImageReference ref, BuildOutput out) throws IOException, InterruptedException;
}
