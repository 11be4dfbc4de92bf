package io.jcompose.cli.compose;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The containers of the services a command names (all services when it names none), found by the project's labels
 * and grouped by dependency level, so that every lifecycle command selects and orders containers alike.
 */
record ProjectContainers(Desired desired, List<String> services) {

    /** Whether one-off containers ({@code run}) are part of the answer. */
    enum OneOff { EXCLUDE, INCLUDE }

    ProjectContainers {
        services = List.copyOf(services);
    }

    /** The selection; a name that is not a service of the project fails as docker compose fails. */
    static ProjectContainers of(Desired desired, List<String> services) {
        for (String s : services) {
            if (desired.project().service(s) == null) {
                throw new ComposeException("no such service: " + s);
            }
        }
        return new ProjectContainers(desired, services);
    }

    /** The services selected, in start order. */
    List<String> selectedServices() {
        return desired.graph().startLevels().stream().flatMap(List::stream).filter(this::selected).toList();
    }

    boolean selected(String service) {
        return services.isEmpty() ? desired.project().service(service) != null : services.contains(service);
    }

    /** The selected services' containers as the engine lists them, by name; {@code all} includes stopped ones. */
    List<ContainerSummaryJson> summaries(ContainerApi api, boolean all, OneOff oneOff) throws IOException {
        return api.list(all, Labels.projectFilter(desired.name())).stream()
                .filter(c -> desired.name().equals(label(c, Labels.PROJECT)))
                .filter(c -> oneOff == OneOff.INCLUDE || !"True".equalsIgnoreCase(label(c, Labels.ONEOFF)))
                .filter(c -> selected(label(c, Labels.SERVICE)))
                .sorted(Comparator.comparing(c -> ObservedContainer.of(c).name())).toList();
    }

    /** The selected services' containers, by service and number. */
    List<ObservedContainer> containers(ContainerApi api, boolean all, OneOff oneOff) throws IOException {
        return summaries(api, all, oneOff).stream().map(ObservedContainer::of)
                .sorted(Comparator.comparing(ObservedContainer::service).thenComparingInt(ObservedContainer::number)
                        .thenComparing(ObservedContainer::name)).toList();
    }

    /** The project's containers whose service is no longer in its files (one-offs left out). */
    List<ObservedContainer> orphans(ContainerApi api) throws IOException {
        return api.list(true, Labels.projectFilter(desired.name())).stream().map(ObservedContainer::of)
                .filter(c -> !c.oneoff() && desired.project().service(c.service()) == null).toList();
    }

    /** The containers level by level: dependencies before what depends on them. */
    List<List<ObservedContainer>> startLevels(ContainerApi api, boolean all, OneOff oneOff) throws IOException {
        return levels(containers(api, all, oneOff), desired.graph().startLevels());
    }

    /** The containers level by level: dependants before what they depend on. */
    List<List<ObservedContainer>> stopLevels(ContainerApi api, boolean all, OneOff oneOff) throws IOException {
        return levels(containers(api, all, oneOff), desired.graph().stopLevels());
    }

    /** {@code containers} grouped by {@code levels}; empty levels are left out. */
    static List<List<ObservedContainer>> levels(List<ObservedContainer> containers, List<List<String>> levels) {
        List<List<ObservedContainer>> grouped = new ArrayList<>();
        for (List<String> level : levels) {
            List<ObservedContainer> in = containers.stream().filter(c -> level.contains(c.service())).toList();
            if (!in.isEmpty()) {
                grouped.add(in);
            }
        }
        return List.copyOf(grouped);
    }

    static String label(ContainerSummaryJson c, String key) {
        return c.labels() == null ? "" : c.labels().getOrDefault(key, "");
    }
}
