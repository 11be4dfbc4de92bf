package io.jcompose.cli.compose;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds a service's containers as docker compose does for {@code exec} and {@code cp}: by the project and service
 * labels, one-off {@code run} containers left out, and replica {@code --index N}; its errors are docker compose's.
 */
final class ServiceContainers {

    private ServiceContainers() {
    }

    /** The service's containers (running only, or all), by replica number. */
    static List<ObservedContainer> of(Desired desired, ContainerApi containers, String service, boolean all)
            throws IOException {
        if (desired.project().service(service) == null) {
            throw new ComposeException("no such service: " + service);
        }
        Map<String, List<String>> filters = Map.of("label", List.of(Labels.PROJECT + "=" + desired.name(),
                Labels.SERVICE + "=" + service));
        return containers.list(all, filters).stream().map(ObservedContainer::of)
                .filter(c -> !c.oneoff() && c.service().equals(service) && (all || c.running()))
                .sorted(Comparator.comparingInt(ObservedContainer::number)).toList();
    }

    /** {@code exec}: the running container with replica number {@code index}. */
    static ObservedContainer running(Desired desired, ContainerApi containers, String service, int index)
            throws IOException {
        List<ObservedContainer> found = of(desired, containers, service, false);
        if (found.isEmpty()) {
            throw new ComposeException("service \"" + service + "\" is not running");
        }
        return numbered(found, service, index);
    }

    /** {@code cp}: any container of the service (stopped too) with replica number {@code index}. */
    static ObservedContainer any(Desired desired, ContainerApi containers, String service, int index)
            throws IOException {
        List<ObservedContainer> found = of(desired, containers, service, true);
        if (found.isEmpty()) {
            throw new ComposeException("no container found for service \"" + service + "\"");
        }
        return numbered(found, service, index);
    }

    private static ObservedContainer numbered(List<ObservedContainer> found, String service, int index) {
        return found.stream().filter(c -> c.number() == index).findFirst().orElseThrow(() -> new ComposeException(
                "service \"" + service + "\" is not running container #" + index));
    }
}
