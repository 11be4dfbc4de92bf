package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;

/** A layer of the image being built: its stored blob and the digest of its uncompressed tar (diff ID). */
public record BuiltLayer(Descriptor blob, Digest diffId) {
}
