package io.jcompose.runtime.engine;

import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerId;
import io.jcompose.runtime.container.ContainerStorage;
import io.jcompose.runtime.volume.Volumes;
import io.jcompose.volumes.VolumeException;
import java.io.IOException;

/** Containers' volume needs met by the engine's volume service, its errors given as container errors. */
final class EngineVolumes implements ContainerStorage {

    private final Volumes volumes;

    EngineVolumes(Volumes volumes) {
        this.volumes = volumes;
    }

    @Override
    public void prepare(HostConfigJson host) throws IOException {
        try {
            volumes.prepare(host);
        } catch (VolumeException e) {
            throw new ContainerException(e.kind() == VolumeException.Kind.FAILED ? ContainerException.Kind.FAILED
                    : ContainerException.Kind.INVALID, e.getMessage());
        }
    }

    @Override
    public void adopt(ContainerId id, HostConfigJson host) throws IOException {
        volumes.adopt(id.hex(), host);
    }

    @Override
    public void released(ContainerId id) throws IOException {
        volumes.released(id.hex());
    }

    @Override
    public void removeAnonymous(ContainerId id) throws IOException {
        volumes.removeAnonymous(id.hex());
    }
}
