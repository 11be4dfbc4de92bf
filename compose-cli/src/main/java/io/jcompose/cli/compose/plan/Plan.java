package io.jcompose.cli.compose.plan;

import java.util.List;

/** The actions that bring the engine to what the Compose files ask for, in order, and warnings for the user. */
public record Plan(List<Action> actions, List<String> warnings) {

    public Plan {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }

    /** Whether running the plan changes anything. */
    public boolean changesNothing() {
        return actions.stream().allMatch(a -> a instanceof Action.KeepContainer);
    }

    /** The plan as {@code up --dry-run} prints it: one action a line. */
    public List<String> lines() {
        return actions.stream().map(Action::describe).toList();
    }

    /**
     * The plan narrowed to the networks, the volumes and the container actions of {@code services} (a {@code run}'s
     * dependencies): other services' containers, orphans included, are left as they are.
     */
    public Plan only(java.util.Set<String> services) {
        return new Plan(actions.stream().filter(a -> switch (a) {
            case Action.CreateNetwork n -> true;
            case Action.CreateVolume v -> true;
            case Action.CreateContainer c -> services.contains(c.service());
            case Action.RecreateContainer r -> services.contains(r.existing().service());
            case Action.StartContainer s -> services.contains(s.existing().service());
            case Action.RestartContainer r -> services.contains(r.existing().service());
            case Action.KeepContainer k -> services.contains(k.existing().service());
            case Action.RemoveContainer r -> false;
        }).toList(), warnings);
    }

    public <T extends Action> List<T> of(Class<T> type) {
        return actions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
