package io.jcompose.cli.compose.plan;

import io.jcompose.cli.compose.plan.Action.KeepContainer;
import io.jcompose.cli.compose.plan.Action.RecreateContainer;
import io.jcompose.cli.compose.plan.Action.RestartContainer;
import io.jcompose.model.project.Dependency;
import io.jcompose.model.project.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code depends_on.X.restart: true}: as docker compose does, a service whose dependency this {@code up} recreates
 * (or restarts, so it carries on down the graph) is restarted after it, since it may hold connections to the old
 * container. A dependant that is recreated or started anyway needs nothing more.
 */
final class DependantRestarts {

    private DependantRestarts() {
    }

    /**
     * The service's actions with its up-to-date containers restarted when a {@code restart: true} dependency is in
     * {@code bounced} (service to {@code recreated} or {@code restarted}); records the service there if it bounces.
     * Services are given in start order, so dependencies come first.
     */
    static List<Action> apply(Service service, List<Action> actions, Map<String, String> bounced) {
        if (actions.stream().anyMatch(a -> a instanceof RecreateContainer)) {
            bounced.put(service.name(), "recreated");
        }
        String cause = null;
        for (Map.Entry<String, Dependency> e : new TreeMap<>(service.dependsOn()).entrySet()) {
            if (e.getValue() != null && e.getValue().restart() && bounced.containsKey(e.getKey())) {
                cause = "its dependency " + e.getKey() + " was " + bounced.get(e.getKey()) + " (depends_on."
                        + e.getKey() + ".restart: true)";
                break;
            }
        }
        if (cause == null || !actions.stream().anyMatch(a -> a instanceof KeepContainer)) {
            return actions;
        }
        String reason = cause;
        bounced.putIfAbsent(service.name(), "restarted");
        return actions.stream().map(a -> a instanceof KeepContainer k ? new RestartContainer(k.existing(), reason)
                : a).toList();
    }
}
