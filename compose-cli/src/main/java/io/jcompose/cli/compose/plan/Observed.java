package io.jcompose.cli.compose.plan;

import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.NetworkApi;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** What the engine has of a project now: its containers (running or not, one-off ones left out) and networks. */
public record Observed(List<ObservedContainer> containers, List<ObservedNetwork> networks) {

    public Observed {
        containers = containers.stream().sorted(Comparator.comparing(ObservedContainer::service)
                .thenComparingInt(ObservedContainer::number)).toList();
        networks = List.copyOf(networks);
    }

    public static final Observed NOTHING = new Observed(List.of(), List.of());

    /** Lists the project's objects by the {@code com.docker.compose.project} label. */
    public static Observed of(String project, ContainerApi containers, NetworkApi networks) throws IOException {
        List<ObservedContainer> cs = containers.list(true, Labels.projectFilter(project)).stream()
                .map(ObservedContainer::of).filter(c -> !c.oneoff()).toList();
        List<ObservedNetwork> ns = networks.list(Labels.projectFilter(project)).stream()
                .map(ObservedNetwork::of).toList();
        return new Observed(cs, ns);
    }

    public List<ObservedContainer> ofService(String service) {
        return containers.stream().filter(c -> c.service().equals(service)).toList();
    }

    public boolean hasNetwork(String name) {
        return networks.stream().anyMatch(n -> n.name().equals(name));
    }
}
