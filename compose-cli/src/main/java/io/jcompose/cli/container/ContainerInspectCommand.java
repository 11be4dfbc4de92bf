package io.jcompose.cli.container;

import io.jcompose.cli.image.DockerJson;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.json.ContainerInspectJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container inspect NAME...}: a JSON array of those found; each missing one is an error (exit 1). */
@Command(name = "inspect", description = "Display detailed information on one or more containers.")
public final class ContainerInspectCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (the default).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        if (format != null && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format \"" + format
                    + "\" is not supported (expected json)");
        }
        ContainerApi api = parent.containers();
        List<ContainerInspectJson> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String c : containers) {
            try {
                found.add(api.inspect(c));
            } catch (EngineApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                errors.add("Error: No such container: " + c);
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
