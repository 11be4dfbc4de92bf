package io.jcompose.runtime.container;

import java.nio.file.Path;

/** Where one container's files live under its directory: the record, the OCI bundle, the rootfs layers, logs. */
public record ContainerLayout(Path dir) {

    public Path record() {
        return dir.resolve("container.json");
    }

    /** The OCI bundle: {@code config.json} beside {@code rootfs}. */
    public Path bundle() {
        return dir.resolve("bundle");
    }

    /** The mount point of the container's overlay root. */
    public Path rootfs() {
        return bundle().resolve("rootfs");
    }

    /** The container's own writable layer. */
    public Path upper() {
        return dir.resolve("diff");
    }

    /** overlayfs' work directory, beside the upper one on the same file system. */
    public Path work() {
        return dir.resolve("work");
    }

    public Path log() {
        return dir.resolve("container.log");
    }

    public Path pidFile() {
        return dir.resolve("container.pid");
    }

    public Path hosts() {
        return dir.resolve("hosts");
    }

    public Path hostname() {
        return dir.resolve("hostname");
    }

    public Path resolvConf() {
        return dir.resolve("resolv.conf");
    }
}
