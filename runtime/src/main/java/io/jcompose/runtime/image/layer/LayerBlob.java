package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A layer to unpack: its blob digest (how messages name it), the diff ID the image config promises (empty for an
 * import, where unpacking computes it), and a way to open the blob, used only if the snapshot is missing.
 */
public record LayerBlob(Digest digest, Optional<Digest> diffId, Opener opener) {

    /** Opens the blob's bytes as stored (compressed or not). */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
