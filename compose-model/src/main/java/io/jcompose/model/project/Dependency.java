package io.jcompose.model.project;

/**
 * One {@code depends_on} entry: the condition to wait for, whether a missing service is an error, and whether
 * restarting the dependency restarts this service.
 */
public record Dependency(String condition, boolean required, boolean restart) {
}
