package io.jcompose.cli.volume;

import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose volume create [OPTIONS] [VOLUME]}: prints the name of the volume made (random if none given). */
@Command(name = "create", description = "Create a volume.")
public final class VolumeCreateCommand implements Callable<Integer> {

    @ParentCommand
    VolumeCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--driver"}, paramLabel = "DRIVER", defaultValue = "local",
            description = "Specify volume driver name (default: ${DEFAULT-VALUE}).")
    String driver;

    @Option(names = {"-o", "--opt"}, paramLabel = "KEY=VALUE", description = "Set driver specific options.")
    List<String> opts = new ArrayList<>();

    @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Set metadata for a volume.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--name", hidden = true, paramLabel = "NAME", description = "Specify volume name.")
    String nameFlag;

    @Parameters(arity = "0..1", paramLabel = "VOLUME")
    String name;

    @Override
    public Integer call() throws IOException {
        if (name != null && nameFlag != null && !name.equals(nameFlag)) {
            throw new ParameterException(spec.commandLine(), "conflicting options: either specify --name or "
                    + "provide positional arg, not both");
        }
        Map<String, String> labelMap;
        try {
            labelMap = keyValues("--label", labels);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        VolumeJson made = parent.api().create(new VolumeCreateJson(name != null ? name : nameFlag, driver,
                keyValues("--opt", opts), labelMap));
        PrintWriter out = spec.commandLine().getOut();
        out.println(made.name());
        out.flush();
        return 0;
    }

    private static Map<String, String> keyValues(String flag, List<String> flags) {
        Map<String, String> out = new TreeMap<>();
        for (String f : flags) {
            int eq = f.indexOf('=');
            String key = eq < 0 ? f : f.substring(0, eq);
            if (key.isBlank()) {
                throw new IllegalArgumentException(flag + ": \"" + f + "\" has an empty name");
            }
            out.put(key, eq < 0 ? "" : f.substring(eq + 1));
        }
        return out;
    }
}
