package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.store.ImageException;

/** An archive or rootfs tarball that cannot be loaded as given: the message names the entry or field at fault. */
public final class ArchiveException extends ImageException {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    static ArchiveException entry(String name, String why) {
        return new ArchiveException("invalid archive entry \"" + name + "\": " + why);
    }
}
