package io.jcompose.runtime.volume;

import java.util.List;

/** What a prune removed and the bytes their data held (docker's {@code VolumesDeleted}, {@code SpaceReclaimed}). */
public record PruneReport(List<String> deleted, long spaceReclaimed) {

    public PruneReport {
        deleted = List.copyOf(deleted);
    }
}
