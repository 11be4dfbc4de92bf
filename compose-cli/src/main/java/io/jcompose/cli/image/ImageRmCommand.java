package io.jcompose.cli.image;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.json.ImageDeleteJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose image rm NAME...}: prints {@code Untagged:} and {@code Deleted:} lines; an image that cannot go
 * is reported and the others are still removed (exit 1), as docker does.
 */
@Command(name = "rm", aliases = {"remove", "rmi"}, description = "Remove one or more images.")
public final class ImageRmCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Force removal of the image.")
    boolean force;

    @Option(names = "--no-prune", description = "Do not delete untagged parents.")
    boolean noPrune;

    @Parameters(arity = "1..*", paramLabel = "IMAGE")
    List<String> names;

    @Override
    public Integer call() throws IOException {
        ImageApi api = parent.api();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (String name : names) {
            try {
                for (ImageDeleteJson d : api.removeImage(name, force, noPrune)) {
                    out.println(d.untagged() != null ? "Untagged: " + d.untagged() : "Deleted: " + d.deleted());
                }
            } catch (EngineApiException e) {
                err.println(e.getMessage());
                code = 1;
            }
            out.flush();
            err.flush();
        }
        return code;
    }
}
