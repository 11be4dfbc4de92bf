package io.jcompose.runtime.image.store;

/** One line of {@code rmi} output: a name removed ({@code Untagged: redis:latest}) or content deleted. */
public sealed interface RemoveResult {

    /** A name that no longer points at the image, in familiar form. */
    record Untagged(String reference) implements RemoveResult {
        @Override
        public String toString() {
            return "Untagged: " + reference;
        }
    }

    /** An image ID or layer digest whose content was deleted. */
    record Deleted(String digest) implements RemoveResult {
        @Override
        public String toString() {
            return "Deleted: " + digest;
        }
    }
}
