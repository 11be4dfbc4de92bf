package io.jcompose.runtime.container.archive;

import java.util.Optional;

/**
 * How an upload is extracted into a container: docker's {@code noOverwriteDirNonDir} (a directory is never
 * replaced by a non-directory, nor the reverse) and the owner every entry gets when {@code copyUIDGID} asked for
 * the container user's ids (otherwise the tar's own ids are kept, as docker does).
 */
public record ExtractRules(boolean noOverwriteDirNonDir, Optional<Owner> owner) {

    /** Numeric ids inside the container. */
    public record Owner(long uid, long gid) {
    }

    /** Tar owners kept, anything may replace anything: docker's defaults. */
    public static ExtractRules defaults() {
        return new ExtractRules(false, Optional.empty());
    }
}
