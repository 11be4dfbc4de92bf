package io.jcompose.model.project;

/** A host device made available in the container. */
public record Device(String source, String target, String permissions) {
}
