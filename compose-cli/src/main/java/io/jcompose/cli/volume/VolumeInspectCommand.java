package io.jcompose.cli.volume;

import io.jcompose.cli.image.DockerJson;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.VolumeApi;
import io.jcompose.engine.api.json.VolumeJson;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jcompose volume inspect VOLUME...}: a JSON array of those found, then each engine refusal on stderr
 * (exit 1), as docker prints them.
 */
@Command(name = "inspect", description = "Display detailed information on one or more volumes.")
public final class VolumeInspectCommand implements Callable<Integer> {

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    @ParentCommand
    VolumeCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json: one line (default: indented).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "VOLUME")
    List<String> volumes;

    @Override
    public Integer call() throws IOException {
        if (format != null && !format.isEmpty() && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format \"" + format
                    + "\" is not supported (expected json)");
        }
        VolumeApi api = parent.api();
        List<VolumeJson> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String v : volumes) {
            try {
                found.add(api.inspect(v));
            } catch (EngineApiException e) {
                errors.add(e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == null || format.isEmpty() ? DockerJson.indent(found)
                : COMPACT.writeValueAsString(found));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        errors.forEach(err::println);
        err.flush();
        return errors.isEmpty() ? 0 : 1;
    }
}
