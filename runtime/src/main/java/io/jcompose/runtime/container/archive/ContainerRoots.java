package io.jcompose.runtime.container.archive;

import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.Containers;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Access to a container's root file system for copying in and out: the work runs under the container's lock with
 * the root mounted (the live mount while it runs; for a stopped container its overlay, mounted for the work only).
 */
public interface ContainerRoots {

    /** Runs {@code work} with the root of the container {@code idOrName} (404 if there is no such container). */
    <T> T withRoot(String idOrName, Work<T> work) throws IOException;

    /** Work on a container's root directory on the host. */
    @FunctionalInterface
    interface Work<T> {
        T run(ContainerRecord record, Path root) throws IOException;
    }

    /** The engine's containers, through {@link Containers#withRootfs}. */
    static ContainerRoots of(Containers containers) {
        return new ContainerRoots() {
            @Override
            public <T> T withRoot(String idOrName, Work<T> work) throws IOException {
                return containers.withRootfs(idOrName, work::run);
            }
        };
    }
}
