package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;

/** What happens to one blob during a pull or push; a renderer (TTY, plain, JSON) turns these into lines. */
public sealed interface ProgressEvent {

    /** The blob the event is about. */
    Digest digest();

    /** Queued behind the transfers already running. */
    record Waiting(Digest digest) implements ProgressEvent {
    }

    /** {@code bytes} of {@code total} received so far. */
    record Downloading(Digest digest, long bytes, long total) implements ProgressEvent {
    }

    /** {@code bytes} of {@code total} sent so far. */
    record Uploading(Digest digest, long bytes, long total) implements ProgressEvent {
    }

    /** All bytes are in; the digest is being checked. */
    record Verifying(Digest digest) implements ProgressEvent {
    }

    /** Stored (pull) or accepted by the registry (push). */
    record Done(Digest digest) implements ProgressEvent {
    }

    /** Nothing to transfer: the store (pull) or the registry (push) already has the blob. */
    record AlreadyExists(Digest digest) implements ProgressEvent {
    }

    /** The registry linked the blob from another repository instead of receiving it again. */
    record Mounted(Digest digest, String fromRepository) implements ProgressEvent {
    }
}
