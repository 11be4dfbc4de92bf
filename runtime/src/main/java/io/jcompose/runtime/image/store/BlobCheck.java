package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;

/** The one rule every blob writer applies at commit: content must match what it was announced as. */
final class BlobCheck {

    private BlobCheck() {
    }

    /** Throws when {@code actual}/{@code size} differ from the expectation (null / negative means "any"). */
    static void verify(Digest expected, long expectedSize, Digest actual, long size) throws DigestMismatchException {
        if (expected != null && !expected.equals(actual)) {
            throw new DigestMismatchException(expected, actual + " (" + size + " bytes)");
        }
        if (expectedSize >= 0 && expectedSize != size) {
            throw new DigestMismatchException(expected == null ? actual : expected,
                    size + " bytes where the descriptor says " + expectedSize);
        }
    }
}
