package io.jcompose.cli.container;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.terminal.LocalTerminal;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.ContainerClient;
import io.jcompose.engine.api.client.EngineClient;
import io.jcompose.engine.api.client.ExecApi;
import io.jcompose.engine.api.client.ExecClient;
import io.jcompose.engine.api.client.ImageApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose container ...}: docker's container commands, done by the engine through its API only, so they
 * work the same against jcompose's engine and a Docker daemon ({@code --host}).
 */
@Command(name = "container", description = "Manage containers (run, create, start, stop, exec, logs, ls, rm...).",
        subcommands = {ContainerRunCommand.class, ContainerCreateCommand.class, ContainerStartCommand.class,
                ContainerStopCommand.class, ContainerRestartCommand.class, ContainerKillCommand.class,
                ContainerRmCommand.class, ContainerLsCommand.class, ContainerLogsCommand.class,
                ContainerInspectCommand.class, ContainerWaitCommand.class, ContainerPauseCommand.class,
                ContainerUnpauseCommand.class, ContainerRenameCommand.class, ContainerExecCommand.class,
                ContainerAttachCommand.class, ContainerTopCommand.class, ContainerStatsCommand.class})
public final class ContainerCommand implements Runnable {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    private Path socket;

    /** The engine's socket; the local engine is started first if nothing answers (a notice goes to stderr). */
    private Path socket() throws IOException {
        if (socket == null) {
            PrintWriter err = spec.commandLine().getErr();
            socket = root.engine().ensureRunning(err).socket();
        }
        return socket;
    }

    ContainerApi containers() throws IOException {
        return new ContainerClient(socket());
    }

    ImageApi images() throws IOException {
        return new EngineClient(socket());
    }

    ExecApi execs() throws IOException {
        return new ExecClient(socket());
    }

    /** What {@code -i} forwards to a container: this process's standard input. */
    InputStream stdin() {
        return System.in;
    }

    /** Whether stdin and stdout are a terminal (tests answer false). */
    boolean terminal() {
        return LocalTerminal.present();
    }

    Map<String, String> environment() {
        return root.invocation().environment();
    }

    Path workingDirectory() {
        return root.invocation().workingDirectory();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command (run, create, start, stop, restart, kill, "
                + "rm, ls, logs, inspect, wait, pause, unpause, rename, exec, attach, top, stats)");
    }
}
