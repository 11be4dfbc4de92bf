package io.jcompose.cli.image;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ImageApi;
import io.jcompose.engine.api.json.ImageInspectJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image inspect NAME...}: a JSON array of what was found; each missing one is an error (exit 1). */
@Command(name = "inspect", description = "Display detailed information on one or more images.")
public final class ImageInspectCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (the default).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "IMAGE")
    List<String> names;

    @Override
    public Integer call() throws IOException {
        if (format != null && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format \"" + format
                    + "\" is not supported (expected json)");
        }
        ImageApi api = parent.api();
        List<ImageInspectJson> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : names) {
            try {
                found.add(api.inspectImage(name));
            } catch (EngineApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                errors.add("Error: No such image: " + name);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(DockerJson.indent(found));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        errors.forEach(err::println);
        err.flush();
        return errors.isEmpty() ? 0 : 1;
    }
}
