package io.jcompose.runtime.volume;

import java.util.Set;

/**
 * One container as the volume code sees it: its full ID, whether it runs (a mounted volume stays mounted while
 * it does), and the named volumes its create request mounts.
 */
public record VolumeUser(String containerId, boolean running, Set<String> volumes) {

    public VolumeUser {
        volumes = Set.copyOf(volumes);
    }
}
