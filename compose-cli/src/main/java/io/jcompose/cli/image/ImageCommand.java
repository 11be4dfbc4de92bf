package io.jcompose.cli.image;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.engine.api.client.BuildApi;
import io.jcompose.engine.api.client.BuildClient;
import io.jcompose.engine.api.client.EngineClient;
import io.jcompose.engine.api.client.ImageApi;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image ...}: docker's image commands, done by the engine through its API. */
@Command(name = "image", description = "Manage images (build, pull, push, list, tag, save, load, import, remove).",
        subcommands = {ImageLsCommand.class, ImagePullCommand.class, ImagePushCommand.class,
                ImageInspectCommand.class, ImageTagCommand.class, ImageRmCommand.class, ImageSaveCommand.class,
                ImageLoadCommand.class, ImageImportCommand.class, ImagePruneCommand.class, ImageBuildCommand.class})
public final class ImageCommand implements Runnable {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    /** The engine's image API; the local engine is started first if nothing answers (a notice goes to stderr). */
    ImageApi api() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return new EngineClient(root.engine().ensureRunning(err).socket());
    }

    /** The engine's build API (the engine is started first, as for {@link #api()}). */
    BuildApi builds() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return new BuildClient(root.engine().ensureRunning(err).socket());
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command (ls, build, pull, push, inspect, tag, rm, save, load, import, prune)");
    }
}
