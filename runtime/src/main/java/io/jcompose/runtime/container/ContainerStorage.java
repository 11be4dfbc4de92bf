package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.HostConfigJson;
import java.io.IOException;

/**
 * The volumes side of a container's life, implemented by the engine's volume service: named volumes made at
 * create (as docker does), released when the container stops, anonymous ones removed with it on request.
 */
public interface ContainerStorage {

    ContainerStorage NONE = new ContainerStorage() {
        @Override
        public void prepare(HostConfigJson host) {
        }

        @Override
        public void released(ContainerId id) {
        }

        @Override
        public void removeAnonymous(ContainerId id) {
        }
    };

    /** Checks the request's volume mounts and creates the named volumes it uses (docker's 400s otherwise). */
    void prepare(HostConfigJson host) throws IOException;

    /**
     * The container's record is stored: anonymous volumes it mounts by name whose container is gone (a recreated
     * container's inherited ones) become its own, for its {@code rm -v}.
     */
    default void adopt(ContainerId id, HostConfigJson host) throws IOException {
    }

    /** The container stopped (or failed to start): volumes mounted for it may be unmounted when unused. */
    void released(ContainerId id) throws IOException;

    /** Removes the container's anonymous volumes ({@code rm -v}, {@code --rm}), after the container is gone. */
    void removeAnonymous(ContainerId id) throws IOException;
}
