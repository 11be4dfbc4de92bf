package io.jcompose.cli.compose;

import io.jcompose.cli.compose.exec.OneOff;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.container.PortPublish;
import io.jcompose.engine.api.json.HostConfigJson.PortBindingJson;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The flags of {@code run} that shape the one-off container, and their mapping onto {@link OneOff} as docker
 * compose v2 applies them (a bare {@code -e KEY} takes the CLI's value and unsets the variable when there is none).
 */
final class RunFlags {

    @Option(names = "--rm", description = "Automatically remove the container when it exits.")
    boolean rm;

    @Option(names = {"-e", "--env"}, paramLabel = "KEY=VAL", description = "Set environment variables.")
    List<String> env = new ArrayList<>();

    @Option(names = {"-l", "--label"}, paramLabel = "KEY=VAL", description = "Add or override a label.")
    List<String> labels = new ArrayList<>();

    @Option(names = {"-v", "--volume"}, paramLabel = "SRC:DST", description = "Bind mount a volume.")
    List<String> volumes = new ArrayList<>();

    @Option(names = {"-p", "--publish"}, paramLabel = "PUB:PRIV", description = "Publish a container's port(s) "
            + "to the host.")
    List<String> publish = new ArrayList<>();

    @Option(names = {"-P", "--service-ports"}, description = "Run command with all service's ports enabled and "
            + "mapped to the host.")
    boolean servicePorts;

    @Option(names = "--use-aliases", description = "Use the service's network aliases in the network(s) the "
            + "container connects to.")
    boolean useAliases;

    @Option(names = "--entrypoint", paramLabel = "CMD", description = "Override the entrypoint of the image.")
    String entrypoint;

    @Option(names = {"-T", "--no-TTY"}, description = "Disable pseudo-TTY allocation (default: auto-detected).")
    boolean noTty;

    @Option(names = {"-i", "--interactive"}, arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Keep STDIN open even if not attached (default: ${DEFAULT-VALUE}).")
    boolean interactive;

    @Option(names = "--no-deps", description = "Don't start linked services.")
    boolean noDeps;

    @Option(names = "--name", paramLabel = "NAME", description = "Assign a name to the container.")
    String name;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the "
            + "container.")
    String workdir;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Run as specified username or uid.")
    String user;

    @Option(names = "--pull", paramLabel = "POLICY", defaultValue = "policy", description = "Pull image before "
            + "running (\"always\"|\"missing\"|\"never\") (default: ${DEFAULT-VALUE}).")
    String pull;

    @Option(names = "--quiet-pull", description = "Pull without printing progress information.")
    boolean quietPull;

    @Option(names = "--build", description = "Build image before starting container.")
    boolean build;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose "
            + "file.")
    boolean removeOrphans;

    /** The one-off for {@code service}; {@code command} null keeps the service's. */
    OneOff oneOff(Desired desired, String service, List<String> command, String slug, Map<String, String> cliEnv,
            boolean detach, boolean stdinIsTerminal) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            String key = eq < 0 ? e : e.substring(0, eq);
            environment.put(key, eq < 0 ? cliEnv.get(key) : e.substring(eq + 1));
        }
        Map<String, String> extraLabels = new TreeMap<>();
        for (String l : labels) {
            int eq = l.indexOf('=');
            extraLabels.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
        }
        Map<String, List<PortBindingJson>> ports = new TreeMap<>();
        for (String p : publish) {
            try {
                for (PortPublish.Binding b : PortPublish.of(p).bindings()) {
                    ports.computeIfAbsent(b.containerPort(), k -> new ArrayList<>()).add(new PortBindingJson(
                            b.hostIp().isEmpty() ? null : b.hostIp(), b.hostPort()));
                }
            } catch (IllegalArgumentException ex) {
                throw new ComposeException(ex.getMessage());
            }
        }
        List<String> binds = volumes.stream().map(v -> bind(desired, v)).toList();
        List<String> entry = entrypoint == null ? null
                : Arrays.stream(entrypoint.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        String containerName = name != null ? name : OneOff.name(desired.name(), service, slug);
        boolean tty = !noTty && stdinIsTerminal && !detach;
        return new OneOff(slug, containerName, command, entry, environment, extraLabels, binds, ports,
                servicePorts, useAliases, user, workdir, tty, interactive && !detach, rm);
    }

    /** {@code -v SRC:DST[:MODE]}: a relative source is a path under the project directory, a bare name a volume. */
    static String bind(Desired desired, String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new ComposeException("invalid volume \"" + spec + "\": expected SRC:DST[:MODE]");
        }
        String source = parts[0];
        if (source.startsWith(".") || source.startsWith("~")) {
            Path base = source.startsWith("~") ? Path.of(System.getProperty("user.home")) : desired.workingDirectory();
            String rest = source.startsWith("~") ? source.substring(1).replaceFirst("^/", "") : source;
            source = base.resolve(rest).normalize().toString();
        } else if (!source.startsWith("/")) {
            Volume v = desired.project().volumes().get(source);
            source = v == null ? source : v.name();
        }
        parts[0] = source;
        return String.join(":", parts);
    }
}
