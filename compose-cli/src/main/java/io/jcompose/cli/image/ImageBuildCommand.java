package io.jcompose.cli.image;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.build.BuildFlags;
import io.jcompose.cli.build.BuildSource;
import io.jcompose.cli.build.ContextPacker;
import io.jcompose.cli.build.PackedContext;
import io.jcompose.engine.api.client.BuildOutput;
import io.jcompose.engine.api.client.BuildRequest;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.value.ByteSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose image build [OPTIONS] PATH}: {@code docker build} with the classic builder's output; the context
 * is packed here (with its {@code .dockerignore}) and streamed to the engine, whose text is printed as it comes.
 */
@Command(name = "build", description = "Build an image from a Dockerfile.")
public final class ImageBuildCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--tag"}, paramLabel = "NAME", description = "Name and optionally a tag (format: "
            + "\"name:tag\").")
    List<String> tags = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Name of the Dockerfile (default: "
            + "\"PATH/Dockerfile\"; \"-\" reads it from stdin).")
    String file;

    @Option(names = "--build-arg", paramLabel = "KEY[=VALUE]", description = "Set build-time variables.")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--build-context", paramLabel = "NAME=PATH", description = "Additional build contexts "
            + "(local directories).")
    List<String> buildContexts = new ArrayList<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "Set the target build stage to build.")
    String target;

    @Option(names = "--no-cache", description = "Do not use cache when building the image.")
    boolean noCache;

    @Option(names = "--pull", description = "Always attempt to pull a newer version of the image.")
    boolean pull;

    @Option(names = "--label", paramLabel = "KEY[=VALUE]", description = "Set metadata for an image.")
    List<String> labels = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Suppress the build output and print image ID on success.")
    boolean quiet;

    @Option(names = "--network", paramLabel = "MODE", description = "Set the networking mode for the RUN "
            + "instructions during build.")
    String network;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "Set platform if server is "
            + "multi-platform capable.")
    String platform;

    @Option(names = "--add-host", paramLabel = "HOST:IP", description = "Add a custom host-to-IP mapping.")
    List<String> addHosts = new ArrayList<>();

    @Option(names = "--shm-size", paramLabel = "BYTES", description = "Size of \"/dev/shm\".")
    String shmSize;

    @Parameters(index = "0", paramLabel = "PATH", description = "The build context: a local directory.")
    String context;

    @Override
    public Integer call() throws IOException {
        if (context.equals("-") || context.contains("://") || context.startsWith("git@")) {
            throw new ParameterException(spec.commandLine(), "only a local directory can be the build context, "
                    + "not \"" + context + "\"");
        }
        JcomposeCommand root = (JcomposeCommand) spec.root().userObject();
        Path contextDir = Paths.resolve(spec, Path.of(context));
        String inline = null;
        String dockerfile = null;
        if ("-".equals(file)) {
            inline = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else if (file != null) {
            dockerfile = Paths.resolve(spec, Path.of(file)).toString();
        }
        PackedContext packed = ContextPacker.prepare(new BuildSource(contextDir, dockerfile, inline, named()));
        BuildRequest request = new BuildRequest(tags, packed.dockerfile(),
                BuildFlags.buildArgs(buildArgs, root.invocation().environment()), target, noCache, pull,
                BuildFlags.labels(labels), quiet, network, shmSize == null ? 0 : shmBytes(),
                addHosts.stream().map(BuildFlags::extraHost).toList(), platform, packed.namedContexts());
        PrintWriter out = spec.commandLine().getOut();
        String id;
        try {
            id = parent.builds().build(request, packed.body(), new Printed(out));
        } catch (EngineApiException e) {
            if (e.isNotFound()) {
                throw new ComposeException("this engine cannot build images yet (" + e.getMessage() + ")");
            }
            throw e;
        }
        if (quiet) {
            out.println(id);
        }
        out.flush();
        return 0;
    }

    private long shmBytes() {
        try {
            return ByteSize.of(shmSize).bytes();
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "invalid argument \"" + shmSize + "\" for "
                    + "\"--shm-size\" flag: " + e.getMessage());
        }
    }

    private Map<String, Path> named() {
        Map<String, Path> named = new LinkedHashMap<>();
        for (String flag : buildContexts) {
            int eq = flag.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "invalid argument \"" + flag + "\" for "
                        + "\"--build-context\" flag: expected NAME=PATH");
            }
            String value = flag.substring(eq + 1);
            if (value.contains("://")) {
                throw new ParameterException(spec.commandLine(), "build context \"" + flag.substring(0, eq)
                        + "\": only local directories are supported, not \"" + value + "\"");
            }
            named.put(flag.substring(0, eq), Paths.resolve(spec, Path.of(value)));
        }
        return named;
    }

    /** The builder's text to stdout as it arrives, as {@code docker build} prints the classic builder's stream. */
    private record Printed(PrintWriter out) implements BuildOutput {

        @Override
        public void text(String text) {
            out.print(text);
            out.flush();
        }
    }
}
