package io.jcompose.runtime.container.health;

/** Told when a container's health status changes, to publish docker's {@code health_status: X} event and save it. */
@FunctionalInterface
public interface HealthListener {

    void statusChanged(String containerId, HealthStatus from, Health now);
}
