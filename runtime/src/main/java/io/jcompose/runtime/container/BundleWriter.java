package io.jcompose.runtime.container;

import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a container's record and image into an OCI bundle's {@code config.json}, with the rootfs already mounted
 * (users and groups are resolved from the image's own files); also decides the command at create time.
 */
public interface BundleWriter {

    /** The command the container will run (path first), or a ContainerException when there is none. */
    List<String> command(ContainerRecord record, StoredImage image);

    /**
     * Writes {@code config.json} into the layout's bundle directory; {@code netns} is the network namespace to
     * join (empty: a new one, or the host's for {@code host} mode).
     */
    void write(ContainerRecord record, StoredImage image, ContainerLayout layout, Optional<Path> netns)
            throws IOException;
}
