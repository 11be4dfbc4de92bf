package io.jcompose.runtime.container;

import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.util.List;

/**
 * Turns a container's record and image into an OCI bundle's {@code config.json}, with the rootfs already mounted
 * (users and groups are resolved from the image's own files); also decides the command at create time.
 */
public interface BundleWriter {

    /** The command the container will run (path first), or a ContainerException when there is none. */
    List<String> command(ContainerRecord record, StoredImage image);

    /** Writes {@code config.json} into the layout's bundle directory. */
    void write(ContainerRecord record, StoredImage image, ContainerLayout layout) throws IOException;
}
