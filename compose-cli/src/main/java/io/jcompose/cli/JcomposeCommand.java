package io.jcompose.cli;

import io.jcompose.cli.command.ConfigCommand;
import io.jcompose.cli.command.VersionCommand;
import picocli.AutoComplete;
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
        subcommands = {ConfigCommand.class, VersionCommand.class, AutoComplete.GenerateCompletion.class},
        usageHelpAutoWidth = true)
public final class JcomposeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--debug", description = "Print stack traces of errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Option(names = "--ansi", paramLabel = "WHEN", defaultValue = "auto",
            description = "Control when to print ANSI control characters: never, always, auto (default: ${DEFAULT-VALUE}).")
    Ansi ansi;

    /** When to colour output; NO_COLOR in the environment means never for auto. */
    public enum Ansi { never, always, auto }

    public boolean debug() {
        return debug;
    }

    public ProjectOptions project() {
        return project;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
