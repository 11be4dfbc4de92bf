package io.jcompose.cli.image;

import io.jcompose.engine.api.client.EngineApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every {@code inspect} command does, as docker prints it: the objects found as one JSON array (indented,
 * or on one line with {@code --format json}), then one line per object the engine refused, and exit 1 if any was.
 */
public final class InspectPrinter {

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    /** Fetches one object by name or ID. */
    @FunctionalInterface
    public interface Lookup<T> {
        T inspect(String name) throws IOException;
    }

    /** The line printed for a refused name; empty rethrows the refusal (it is not about that object). */
    @FunctionalInterface
    public interface Refusal {
        Optional<String> line(String name, EngineApiException e);
    }

    /** Docker's line for a missing object of a kind ({@code container}, {@code image}); other refusals go up. */
    public static Refusal notFound(String kind) {
        return (name, e) -> e.isNotFound() ? Optional.of("Error: No such " + kind + ": " + name) : Optional.empty();
    }

    /** The engine's own message for any refusal. */
    public static final Refusal ENGINE_MESSAGE = (name, e) -> Optional.of(e.getMessage());

    private InspectPrinter() {
    }

    public static <T> int print(CommandSpec spec, String format, List<String> names, Lookup<T> lookup,
            Refusal refusal) throws IOException {
        if (format != null && !format.isEmpty() && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format \"" + format
                    + "\" is not supported (expected json)");
        }
        List<T> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : names) {
            try {
                found.add(lookup.inspect(name));
            } catch (EngineApiException e) {
                errors.add(refusal.line(name, e).orElseThrow(() -> e));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == null || format.isEmpty() ? DockerJson.indent(found) : COMPACT.writeValueAsString(found));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        errors.forEach(err::println);
        err.flush();
        return errors.isEmpty() ? 0 : 1;
    }
}
