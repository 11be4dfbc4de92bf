package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.attach.AttachedSession;
import io.jcompose.cli.compose.attach.AttachedState;
import io.jcompose.cli.compose.attach.EngineStopper;
import io.jcompose.cli.compose.attach.Signals;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.logs.LogPrinter;
import io.jcompose.cli.compose.logs.LogStyle;
import io.jcompose.cli.compose.logs.LogWatcher;
import io.jcompose.cli.compose.logs.LoggedContainer;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.client.LogsOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The attached half of {@code up}: {@code Attaching to web-1, cache-1}, the containers' output since this {@code up}
 * began (all of it for the containers it started), {@code web-1 exited with code 0} as each stops, Ctrl-C and the
 * {@code --abort-on-*} flags handled by an {@link AttachedSession}.
 */
final class AttachedUp {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private final UpFlags flags;
    private final EngineApis engine;
    private final Desired desired;
    private final Set<String> scope;
    private final Set<String> attached;

    AttachedUp(JcomposeCommand root, CommandSpec spec, UpFlags flags, EngineApis engine, Desired desired,
            Set<String> scope, Set<String> attached) {
        this.root = root;
        this.spec = spec;
        this.flags = flags;
        this.engine = engine;
        this.desired = desired;
        this.scope = scope;
        this.attached = attached;
    }

    int run(Instant started) throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        LogPrinter printer = new LogPrinter(spec.commandLine().getOut(), err,
                new LogStyle(!flags.noColor && root.colour(), !flags.noLogPrefix, flags.timestamps));
        AttachedState state = new AttachedState(flags.abortOnExit(), flags.abortOnFailure, flags.exitCodeFrom);
        OptionalInt timeout = flags.timeout == null ? OptionalInt.empty() : OptionalInt.of(flags.timeout);
        AttachedSession session = new AttachedSession(state,
                new EngineStopper(engine.containers(), desired, scope, timeout, Progress.of(err)), err);
        LogWatcher watcher = new LogWatcher(engine.containers(), desired.name(),
                c -> attached.contains(c.service()), printer, (c, code) -> {
                    printer.status(c.name(), "exited with code " + code);
                    session.exited(c, code);
                }, Duration.ofMillis(500));
        List<LoggedContainer> containers = watcher.list();
        err.println("Attaching to " + containers.stream().map(LoggedContainer::name)
                .collect(Collectors.joining(", ")));
        err.flush();
        LogsOptions options = LogsOptions.all().withFollow(true).withWindow(
                started.getEpochSecond() + "." + String.format("%09d", started.getNano()), "");
        try (Signals signals = Signals.install(session::signal)) {
            return session.run(() -> watcher.run(containers, options));
        }
    }
}
