package io.jcompose.runtime.container.spec;

import java.util.List;

/**
 * The ids a container's process runs with, and the home directory runc would give it; derived once, before the
 * container starts, from the image's own passwd and group files.
 *
 * @param additionalGids the primary gid first, then the groups listing the user, then {@code groupAdd}
 */
public record ResolvedUser(int uid, int gid, List<Integer> additionalGids, String home) {

    public ResolvedUser {
        additionalGids = List.copyOf(additionalGids);
    }
}
