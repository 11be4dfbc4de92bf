package io.jcompose.model.project;

/** A service's use of a secret or config: which one, where it appears and with which owner and mode. */
public record FileReference(String source, String target, String uid, String gid, Integer mode) {
}
