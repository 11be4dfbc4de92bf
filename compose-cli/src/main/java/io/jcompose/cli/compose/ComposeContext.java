package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.client.ArchiveClient;
import io.jcompose.engine.api.client.BuildApi;
import io.jcompose.engine.api.client.BuildClient;
import io.jcompose.engine.api.client.ContainerClient;
import io.jcompose.engine.api.client.EngineClient;
import io.jcompose.engine.api.client.EventsApi;
import io.jcompose.engine.api.client.EventsClient;
import io.jcompose.engine.api.client.NetworkClient;
import io.jcompose.engine.api.client.VolumeClient;
import io.jcompose.model.load.ProjectLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** What every compose command starts from: the loaded project and the engine's API clients. */
final class ComposeContext {

    private ComposeContext() {
    }

    static Desired load(JcomposeCommand root, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return Desired.of(ProjectLoader.load(root.project().toLoadOptions(root.invocation(), err).build()));
    }

    /** The engine's clients; the local engine is started first if nothing answers (a notice goes to stderr). */
    static EngineApis engine(JcomposeCommand root, CommandSpec spec) throws IOException {
        Path socket = root.engine().ensureRunning(spec.commandLine().getErr()).socket();
        return new EngineApis(new ContainerClient(socket), new NetworkClient(socket), new EngineClient(socket),
                new VolumeClient(socket), new ArchiveClient(socket));
    }

    /** The engine's event stream; the local engine is started first if nothing answers. */
    static EventsApi events(JcomposeCommand root, CommandSpec spec) throws IOException {
        return new EventsClient(root.engine().ensureRunning(spec.commandLine().getErr()).socket());
    }

    /** The engine's build API (the local engine is started first if nothing answers). */
    static BuildApi builds(JcomposeCommand root, CommandSpec spec) throws IOException {
        return new BuildClient(root.engine().ensureRunning(spec.commandLine().getErr()).socket());
    }

    /** The engine's socket, for the clients {@link EngineApis} does not hold (exec, archive). */
    static Path socket(JcomposeCommand root, CommandSpec spec) throws IOException {
        return root.engine().ensureRunning(spec.commandLine().getErr()).socket();
    }

    /** A warning line as docker compose prints them. */
    static void warn(CommandSpec spec, String warning) {
        warn(spec.commandLine().getErr(), warning);
    }

    /** A warning line as docker compose prints them, to {@code err}. */
    static void warn(PrintWriter err, String warning) {
        err.println("WARN[0000] " + warning);
        err.flush();
    }
}
