package io.jcompose.runtime.volume;

import io.jcompose.volumes.VolumeMount;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a container's start needs from the volume code: the host directory to bind at a volume mount's target,
 * with the volume made, mounted and filled from the image as docker does.
 */
public interface VolumeMounts {

    /**
     * The host path to bind-mount for {@code mount} in container {@code containerId} whose root (the image's
     * content) is mounted at {@code rootfs}.
     */
    Path attach(String containerId, VolumeMount mount, Path rootfs) throws IOException;

    /** Whether volumes exist here at all; without them named volume mounts are refused, image VOLUMEs ignored. */
    default boolean supported() {
        return true;
    }

    /** No volumes: the engine refuses named volume mounts (tests and tools that run without a volume store). */
    VolumeMounts NONE = new VolumeMounts() {
        @Override
        public Path attach(String containerId, VolumeMount mount, Path rootfs) {
            throw io.jcompose.volumes.VolumeException.invalid("volume mount at " + mount.target()
                    + ": named volumes are not supported by this engine yet; use a bind mount of an absolute path");
        }

        @Override
        public boolean supported() {
            return false;
        }
    };
}
