package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Action;
import io.jcompose.cli.compose.plan.Action.CreateContainer;
import io.jcompose.cli.compose.plan.Action.KeepContainer;
import io.jcompose.cli.compose.plan.Action.RecreateContainer;
import io.jcompose.cli.compose.plan.Action.RemoveContainer;
import io.jcompose.cli.compose.plan.Action.RestartContainer;
import io.jcompose.cli.compose.plan.Action.StartContainer;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The engine calls of one container action, each reported as docker compose reports it. */
final class ContainerSteps {

    private static final String KIND = "Container";

    private final ContainerApi containers;
    private final ContainerBodies bodies;
    private final Progress progress;
    private final UpOptions options;
    private final Rollback rollback;
    private final boolean removeVolumes;
    private boolean start = true;
    private FileCopies copies;

    ContainerSteps(ContainerApi containers, ContainerBodies bodies, Progress progress, UpOptions options,
            Rollback rollback) {
        this(containers, bodies, progress, options, rollback, false);
    }

    /** {@code removeVolumes}: removing a container also removes its anonymous volumes ({@code down -v}). */
    ContainerSteps(ContainerApi containers, ContainerBodies bodies, Progress progress, UpOptions options,
            Rollback rollback, boolean removeVolumes) {
        this.removeVolumes = removeVolumes;
        this.containers = containers;
        this.bodies = bodies;
        this.progress = progress;
        this.options = options;
        this.rollback = rollback;
    }

    /** Without start ({@code create}): containers are made but not started, and stopped ones stay stopped. */
    ContainerSteps withStart(boolean on) {
        this.start = on;
        return this;
    }

    /** Content- and environment-sourced secrets and configs are copied into each container it creates. */
    ContainerSteps withCopies(FileCopies files) {
        this.copies = files;
        return this;
    }

    void apply(Action action) throws IOException {
        switch (action) {
            case CreateContainer c -> {
                String id = create(c.service(), c.number(), c.name(), "Created", List.of());
                if (!options.noStart()) {
                    start(id, c.name());
                }
            }
            case RecreateContainer r -> {
                ObservedContainer old = r.existing();
                List<MountPointJson> inherited = new ArrayList<>();
                step(old.name(), "Recreate", () -> {
                    if (!options.renewAnonVolumes()) {
                        List<MountPointJson> mounts = containers.inspect(old.id()).mounts();
                        inherited.addAll(mounts == null ? List.of() : mounts);
                    }
                    containers.stop(old.id(), options.stopTimeout(), "");
                    containers.remove(old.id(), false, false); // its anonymous volumes stay, for the new one
                });
                String id = create(old.service(), old.number(), old.name(), "Recreated", inherited);
                if (!options.noStart()) {
                    start(id, old.name());
                }
            }
            case StartContainer s -> {
                if (start && !options.noStart()) {
                    start(s.existing().id(), s.existing().name());
                } else {
                    progress.report(ProgressEvent.done(KIND, s.existing().name(), "Created"));
                }
            }
            case RestartContainer r -> {
                if (start && !options.noStart()) {
                    step(r.existing().name(), "Restarting",
                            () -> containers.restart(r.existing().id(), options.stopTimeout()));
                    progress.report(ProgressEvent.done(KIND, r.existing().name(), "Started"));
                } else {
                    progress.report(ProgressEvent.done(KIND, r.existing().name(), "Running"));
                }
            }
            case KeepContainer k -> progress.report(ProgressEvent.done(KIND, k.existing().name(), "Running"));
            case RemoveContainer r -> remove(r.existing());
            default -> throw new IllegalArgumentException("not a container action: " + action);
        }
    }

    void remove(ObservedContainer c) throws IOException {
        if (c.running()) {
            step(c.name(), "Stopping", () -> containers.stop(c.id(), options.stopTimeout(), ""));
            progress.report(ProgressEvent.done(KIND, c.name(), "Stopped"));
        }
        step(c.name(), "Removing", () -> containers.remove(c.id(), false, removeVolumes));
        progress.report(ProgressEvent.done(KIND, c.name(), "Removed"));
    }

    private String create(String service, int number, String name, String doneStatus,
            List<MountPointJson> inherited) throws IOException {
        String[] id = new String[1];
        step(name, doneStatus.equals("Created") ? "Creating" : "Recreate", () -> {
            id[0] = containers.create(name, bodies.body(service, number, inherited)).id();
            if (inherited.isEmpty()) {
                rollback.container(name, id[0]);
            } else {
                rollback.containerKeepingVolumes(name, id[0]); // the data of the container it replaced
            }
            if (copies != null) {
                copies.into(id[0], service);
            }
        });
        progress.report(ProgressEvent.done(KIND, name, doneStatus));
        return id[0];
    }

    private void start(String id, String name) throws IOException {
        if (!start) {
            return;
        }
        step(name, "Starting", () -> containers.start(id));
        progress.report(ProgressEvent.done(KIND, name, "Started"));
    }

    /** An engine call reported as working, then as an error if it fails. */
    private void step(String name, String working, Call call) throws IOException {
        progress.report(ProgressEvent.working(KIND, name, working));
        try {
            call.run();
        } catch (IOException | RuntimeException e) {
            progress.report(ProgressEvent.error(KIND, name, "Error"));
            throw e;
        }
    }

    /** One engine call. */
    @FunctionalInterface
    private interface Call {
        void run() throws IOException;
    }
}
