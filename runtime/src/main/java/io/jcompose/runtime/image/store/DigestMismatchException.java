package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;

/** Content did not match the digest or size it was announced with: a corrupt download or a lying source. */
public final class DigestMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    public DigestMismatchException(Digest expected, String actual) {
        super("digest mismatch: expected " + expected + ", got " + actual);
    }
}
