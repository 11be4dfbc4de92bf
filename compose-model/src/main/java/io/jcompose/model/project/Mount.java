package io.jcompose.model.project;

import io.jcompose.model.value.ByteSize;

/**
 * One entry of a service's {@code volumes} in long form; {@code bind}, {@code volume} and {@code tmpfs} hold the
 * options of that mount type and are null when absent.
 */
public record Mount(String type, String source, String target, boolean readOnly, Bind bind, VolumeOptions volume,
        Tmpfs tmpfs) {

    /** Bind mount options. */
    public record Bind(String propagation, boolean createHostPath, String selinux) {
    }

    /** Named volume options. */
    public record VolumeOptions(boolean noCopy, String subpath) {
    }

    /** tmpfs options; {@code mode} is the octal permission bits, 0 when unset. */
    public record Tmpfs(ByteSize size, int mode) {
    }
}
