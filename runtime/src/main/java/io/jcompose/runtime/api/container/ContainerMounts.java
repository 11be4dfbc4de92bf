package io.jcompose.runtime.api.container;

import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.runtime.container.ContainerRecord;
import java.util.List;

/**
 * Where a container's {@code Mounts} (inspect and list) come from: the engine's volume service knows which volume
 * backs each mount, the container routes do not.
 */
@FunctionalInterface
public interface ContainerMounts {

    List<MountPointJson> of(ContainerRecord record);

    /** No volume service: no mounts are shown. */
    ContainerMounts NONE = r -> List.of();
}
