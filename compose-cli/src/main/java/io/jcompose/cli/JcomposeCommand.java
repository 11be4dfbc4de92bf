package io.jcompose.cli;

import io.jcompose.cli.command.VersionCommand;
import io.jcompose.cli.engine.EngineConnection;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: the global options docker compose users know, and the subcommands. */
@Command(name = "jcompose",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Define and run multi-container applications, with an integrated container engine.",
        usageHelpAutoWidth = true)
public final class JcomposeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--debug", description = "Print stack traces of errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Option(names = {"-H", "--host"}, paramLabel = "HOST", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Engine to talk to, unix:///PATH (default: $JCOMPOSE_HOST, else the local jcompose engine, "
                    + "started on first use).")
    String host;

    @Option(names = "--ansi", paramLabel = "WHEN", defaultValue = "auto",
            description = "Control when to print ANSI control characters: never, always, auto (default: ${DEFAULT-VALUE}).")
    Ansi ansi;

    @Option(names = "--progress", paramLabel = "TYPE", defaultValue = "auto", description = "Set type of progress "
            + "output (auto, tty, plain, json, quiet) (default: ${DEFAULT-VALUE}).")
    String progress;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "-1", description = "Control max parallelism, -1 "
            + "for unlimited (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--dry-run", description = "Execute command in dry run mode (up: print the plan, each action "
            + "with its reason, and change nothing).")
    boolean dryRun;

    /** Whether the global {@code --dry-run} was given. */
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * Applies the global options that shape every command's execution (progress renderer, parallelism);
     * {@code command} is the subcommand that will run, refused when it cannot honour {@code --dry-run}.
     */
    void applyGlobals(String command) {
        if (dryRun && !List.of("up", "config").contains(command)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dry-run is supported by up (and "
                    + "config, which changes nothing anyway), not by " + command);
        }
        io.jcompose.cli.compose.exec.ProgressMode mode;
        try {
            mode = io.jcompose.cli.compose.exec.ProgressMode.of(progress);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean terminal = ansi != Ansi.never && System.console() != null && System.console().isTerminal();
        io.jcompose.cli.compose.exec.ProgressMode.use(mode, terminal);
        io.jcompose.cli.compose.exec.Parallel.limit(parallel);
    }

    /** When to colour output; NO_COLOR in the environment means never for auto. */
    public enum Ansi { never, always, auto }

    private final Invocation invocation;

    JcomposeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** The process environment and working directory this command runs with. */
    public Invocation invocation() {
        return invocation;
    }

    /** Whether to colour output: --ansi always/never, else a terminal and no NO_COLOR variable. */
    public boolean colour() {
        return switch (ansi) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && !invocation.environment().containsKey("NO_COLOR");
        };
    }

    public boolean debug() {
        return debug;
    }

    /** The {@code --host} option as given (JCOMPOSE_HOST is applied by {@link EngineConnection}). */
    public Optional<String> hostOption() {
        return Optional.ofNullable(host);
    }

    /** The engine this command talks to; {@link EngineConnection#ensureRunning} starts the local one if needed. */
    public EngineConnection engine() {
        return EngineConnection.resolve(hostOption(), invocation.environment());
    }

    public ProjectOptions project() {
        return project;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
