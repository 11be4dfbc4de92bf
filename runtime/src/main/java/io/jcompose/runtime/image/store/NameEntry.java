package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.ref.ImageReference;

/**
 * One row of the image index: a name and the manifest or index it points at. A null name is a dangling image
 * ({@code <none>:<none>}), kept so that its content is not collected while it is still listed.
 */
public record NameEntry(ImageReference name, Descriptor target) {

    public NameEntry {
        if (target == null) {
            throw new IllegalArgumentException("an image index entry needs a target descriptor");
        }
    }

    public Digest targetDigest() {
        return target.digestValue();
    }

    public boolean dangling() {
        return name == null;
    }

    /** The key under which the entry is stored: the canonical name, or the target digest when dangling. */
    public String key() {
        return name == null ? target.digest() : name.toString();
    }
}
