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

    public <T extends Action> List<T> of(Class<T> type) {
        return actions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
