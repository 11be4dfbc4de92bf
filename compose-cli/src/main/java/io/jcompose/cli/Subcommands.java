package io.jcompose.cli;

import io.jcompose.cli.command.ConfigCommand;
import io.jcompose.cli.command.VersionCommand;
import io.jcompose.cli.compose.AttachCommand;
import io.jcompose.cli.compose.BuildCommand;
import io.jcompose.cli.compose.CpCommand;
import io.jcompose.cli.compose.CreateCommand;
import io.jcompose.cli.compose.DownCommand;
import io.jcompose.cli.compose.EventsCommand;
import io.jcompose.cli.compose.ExecCommand;
import io.jcompose.cli.compose.ImagesCommand;
import io.jcompose.cli.compose.KillCommand;
import io.jcompose.cli.compose.LogsCommand;
import io.jcompose.cli.compose.LsCommand;
import io.jcompose.cli.compose.PauseCommand;
import io.jcompose.cli.compose.PortCommand;
import io.jcompose.cli.compose.PsCommand;
import io.jcompose.cli.compose.PullCommand;
import io.jcompose.cli.compose.PushCommand;
import io.jcompose.cli.compose.RestartCommand;
import io.jcompose.cli.compose.RmCommand;
import io.jcompose.cli.compose.RunCommand;
import io.jcompose.cli.compose.ScaleCommand;
import io.jcompose.cli.compose.StartCommand;
import io.jcompose.cli.compose.StatsCommand;
import io.jcompose.cli.compose.StopCommand;
import io.jcompose.cli.compose.TopCommand;
import io.jcompose.cli.compose.UnpauseCommand;
import io.jcompose.cli.compose.UpCommand;
import io.jcompose.cli.compose.WaitCommand;
import io.jcompose.cli.container.ContainerCommand;
import io.jcompose.cli.container.StopAtImage;
import io.jcompose.cli.engine.EngineCommand;
import io.jcompose.cli.image.ImageCommand;
import io.jcompose.cli.network.NetworkCommand;
import io.jcompose.cli.volume.VolumeCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands, registered lazily: picocli builds the model of every registered command at start-up (by
 * reflection, from class files the AOT cache cannot link), so a run registers only the command it was asked for,
 * and all of them only for help, completion or an unknown command.
 */
final class Subcommands {

    private static final List<Class<?>> ALL = List.of(ConfigCommand.class, ContainerCommand.class, DownCommand.class,
            EngineCommand.class, ImageCommand.class, NetworkCommand.class, PsCommand.class, UpCommand.class,
            VersionCommand.class, VolumeCommand.class,
            EventsCommand.class,
            ImagesCommand.class,
            KillCommand.class,
            LsCommand.class,
            PauseCommand.class,
            PortCommand.class,
            RestartCommand.class,
            RmCommand.class,
            StartCommand.class,
            StatsCommand.class,
            StopCommand.class,
            TopCommand.class,
            UnpauseCommand.class,
            WaitCommand.class,
            LogsCommand.class,
            BuildCommand.class,
            ScaleCommand.class,
            AttachCommand.class,
            CpCommand.class,
            CreateCommand.class,
            ExecCommand.class,
            PullCommand.class,
            PushCommand.class,
            RunCommand.class,
            AutoComplete.GenerateCompletion.class);

    /** Global options that take a value in the next argument. */
    private static final Set<String> WITH_VALUE = Set.of("-f", "--file", "-p", "--project-name",
            "--project-directory", "--env-file", "--profile", "--ansi", "-H", "--host", "--progress", "--parallel");

    private Subcommands() {
    }

    static void register(CommandLine cli, String[] args) {
        String wanted = commandName(args);
        if (wanted == null && Arrays.asList(args).stream().anyMatch(a -> a.equals("--version") || a.equals("-V"))) {
            return; // the root answers --version by itself
        }
        for (Class<?> c : ALL) {
            if (wanted != null && names(c).contains(wanted) && !wanted.equals("generate-completion")) {
                cli.addSubcommand(c);
                StopAtImage.apply(cli);
                return;
            }
        }
        ALL.forEach(cli::addSubcommand);
        StopAtImage.apply(cli);
    }

    /** The first argument that is not a global option or its value, or null. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static List<String> names(Class<?> c) {
        Command command = c.getAnnotation(Command.class);
        if (command == null) {
            return List.of();
        }
        String[] all = Arrays.copyOf(command.aliases(), command.aliases().length + 1);
        all[all.length - 1] = command.name();
        return Arrays.asList(all);
    }
}
