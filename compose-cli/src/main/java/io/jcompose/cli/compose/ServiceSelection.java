package io.jcompose.cli.compose;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.model.error.ComposeException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which services a command works on: names checked against the project ({@code no such service: x}, as docker
 * compose says), {@code up SERVICE...} with or without the dependencies, and the services an attached {@code up}
 * prints the output of.
 */
final class ServiceSelection {

    private ServiceSelection() {
    }

    static void check(Desired desired, Collection<String> names) {
        for (String name : names) {
            if (desired.project().service(name) == null) {
                throw new ComposeException("no such service: " + name);
            }
        }
    }

    /** The services {@code named} (all when none are), with their dependencies unless {@code noDeps}. */
    static Set<String> scope(Desired desired, List<String> named, boolean noDeps) {
        if (named.isEmpty()) {
            return new LinkedHashSet<>(desired.project().services().keySet());
        }
        Set<String> scope = new LinkedHashSet<>();
        for (String name : named) {
            if (!noDeps) {
                scope.addAll(desired.graph().transitiveDependenciesOf(name));
            }
            scope.add(name);
        }
        return scope;
    }

    /**
     * The services attached {@code up} follows: {@code --attach} ones, else those named (with their dependencies
     * under {@code --attach-dependencies}), else all that take part; less {@code --no-attach} ones.
     */
    static Set<String> attached(List<String> named, Set<String> scope, List<String> attach, List<String> noAttach,
            boolean attachDependencies) {
        Set<String> attached = new LinkedHashSet<>();
        if (!attach.isEmpty()) {
            attached.addAll(attach);
        } else if (!named.isEmpty()) {
            attached.addAll(named);
        }
        if (attached.isEmpty() || attachDependencies) {
            attached.addAll(scope);
        }
        noAttach.forEach(attached::remove);
        return attached;
    }
}
