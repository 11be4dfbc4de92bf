package io.jcompose.cli.compose.plan;

/** One step of a plan, with the reason it is needed; {@link #describe()} is the line {@code up --dry-run} prints. */
public sealed interface Action {

    String describe();

    /** Make a network of the project. */
    record CreateNetwork(String key, String name, String reason) implements Action {
        @Override
        public String describe() {
            return "create network " + name + ": " + reason;
        }
    }

    /** Make a named volume of the project. */
    record CreateVolume(String key, String name, String reason) implements Action {
        @Override
        public String describe() {
            return "create volume " + name + ": " + reason;
        }
    }

    /** Make and start a container for replica {@code number} of a service. */
    record CreateContainer(String service, int number, String name, String reason) implements Action {
        @Override
        public String describe() {
            return "create " + service + "-" + number + ": " + reason;
        }
    }

    /** Replace a container whose configuration is out of date. */
    record RecreateContainer(ObservedContainer existing, String reason) implements Action {
        @Override
        public String describe() {
            return "recreate " + existing.shortName() + ": " + reason;
        }
    }

    /** Start an existing, stopped, up-to-date container. */
    record StartContainer(ObservedContainer existing, String reason) implements Action {
        @Override
        public String describe() {
            return "start " + existing.shortName() + ": " + reason;
        }
    }

    /**
     * Restart a running, up-to-date container after a dependency it names with {@code depends_on.X.restart: true}
     * was recreated or restarted by this run.
     */
    record RestartContainer(ObservedContainer existing, String reason) implements Action {
        @Override
        public String describe() {
            return "restart " + existing.shortName() + ": " + reason;
        }
    }

    /** Nothing to do: the container runs with the current configuration. */
    record KeepContainer(ObservedContainer existing) implements Action {
        @Override
        public String describe() {
            return existing.shortName() + " is up to date";
        }
    }

    /** Stop and remove a container that is not wanted any more (scaled down, or an orphan). */
    record RemoveContainer(ObservedContainer existing, String reason) implements Action {
        @Override
        public String describe() {
            return "remove " + existing.shortName() + ": " + reason;
        }
    }
}
