package io.jcompose.cli.command;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.load.LoadedProject;
import io.jcompose.model.load.ProjectLoader;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose config}: parse, resolve and render the Compose file in canonical format, like docker compose. */
@Command(name = "config", aliases = "convert",
        description = "Parse, resolve and render compose file in canonical format.")
public final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to render.")
    List<String> services = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "Format the output. Values: [yaml | json] (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Only validate the configuration, don't print anything.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Save to file (default to stdout).")
    Path output;

    @Option(names = "--services", description = "Print the service names, one per line.")
    boolean listServices;

    @Option(names = "--volumes", description = "Print the volume names, one per line.")
    boolean listVolumes;

    @Option(names = "--networks", description = "Print the network names, one per line.")
    boolean listNetworks;

    @Option(names = "--profiles", description = "Print the profile names, one per line.")
    boolean listProfiles;

    @Option(names = "--images", description = "Print the image names, one per line.")
    boolean listImages;

    @Option(names = "--hash", paramLabel = "SERVICES", description = "Print the service config hash, one per line ('*' for all).")
    String hash;

    @Option(names = "--variables", description = "Print model variables and default values.")
    boolean listVariables;

    @Option(names = "--environment", description = "Print environment used for interpolation.")
    boolean listEnvironment;

    @Option(names = "--no-interpolate", description = "Don't interpolate environment variables.")
    boolean noInterpolate;

    @Option(names = "--no-normalize", description = "Don't normalize compose model.")
    boolean noNormalize;

    @Option(names = "--no-path-resolution", description = "Don't resolve file paths.")
    boolean noPathResolution;

    @Option(names = "--no-consistency", description = "Don't check model consistency (undefined references...).")
    boolean noConsistency;

    /** Output formats of {@code config}. */
    public enum Format { yaml, json }

    @Override
    public Integer call() throws IOException {
        LoadOptions.Builder options = root.project().toLoadOptions(root.invocation(), spec.commandLine().getErr())
                .interpolate(!noInterpolate)
                .normalize(!noNormalize)
                .resolvePaths(!noPathResolution)
                .consistency(!noConsistency)
                .requestedServices(services);
        if (listProfiles) {
            options.profiles(List.of("*"));
        }
        if (listVariables) {
            print(ConfigOutput.variables(ProjectLoader.variables(options.build())));
            return 0;
        }
        LoadedProject project = ProjectLoader.load(options.build());
        String text = ConfigOutput.render(this, project);
        if (quiet) {
            return 0;
        }
        print(text);
        return 0;
    }

    private void print(String text) throws IOException {
        if (output != null) {
            Files.writeString(output, text);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }

    String renderModel(LoadedProject project) {
        Node model = project.model();
        if (!services.isEmpty() && model instanceof MapNode root) {
            model = ConfigOutput.onlyServices(root, services);
        }
        return format == Format.json ? TreeJson.writeJson(model) : TreeJson.writeYaml(model);
    }
}
