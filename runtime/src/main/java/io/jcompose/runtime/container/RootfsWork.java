package io.jcompose.runtime.container;

import java.io.IOException;
import java.nio.file.Path;

/** Work on a container's root directory, done under its lock (see {@link Containers#withRootfs}). */
@FunctionalInterface
public interface RootfsWork<T> {
    T run(ContainerRecord record, Path rootfs) throws IOException;
}
