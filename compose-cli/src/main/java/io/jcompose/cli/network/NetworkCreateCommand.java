package io.jcompose.cli.network;

import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
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

/** {@code jcompose network create NAME}: sends docker's create body and prints the new network's ID. */
@Command(name = "create", description = "Create a network.")
public final class NetworkCreateCommand implements Callable<Integer> {

    @ParentCommand
    NetworkCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--driver"}, paramLabel = "DRIVER", description = "Driver to manage the network "
            + "(default: bridge).")
    String driver = "bridge";

    @Option(names = "--internal", description = "Restrict external access to the network.")
    boolean internal;

    @Option(names = "--attachable", description = "Enable manual container attachment.")
    boolean attachable;

    @Option(names = "--ipv6", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Enable or disable IPv6 address assignment.")
    Boolean ipv6;

    @Option(names = "--subnet", split = ",", paramLabel = "CIDR", description = "Subnet in CIDR format that "
            + "represents a network segment (repeatable).")
    List<String> subnets = new ArrayList<>();

    @Option(names = "--ip-range", split = ",", paramLabel = "CIDR", description = "Allocate container IPs from "
            + "a sub-range of a subnet (repeatable).")
    List<String> ipRanges = new ArrayList<>();

    @Option(names = "--gateway", split = ",", paramLabel = "IP", description = "IPv4 or IPv6 gateway for a "
            + "subnet (repeatable).")
    List<String> gateways = new ArrayList<>();

    @Option(names = {"-o", "--opt"}, paramLabel = "KEY=VALUE", description = "Set driver specific options.")
    List<String> opts = new ArrayList<>();

    @Option(names = "--label", paramLabel = "KEY[=VALUE]", description = "Set metadata on a network.")
    List<String> labels = new ArrayList<>();

    @Parameters(index = "0", arity = "1", paramLabel = "NETWORK")
    String name;

    @Override
    public Integer call() throws IOException {
        NetworkCreateJson body;
        try {
            body = body();
        } catch (IpamFlags.Refused e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return 1;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(parent.api().create(body));
        out.flush();
        return 0;
    }

    /** What the docker CLI sends: the IPAM driver {@code default} with the grouped subnets, maps never null. */
    NetworkCreateJson body() {
        List<IpamJson.Config> configs = IpamFlags.configs(subnets, ipRanges, gateways);
        return new NetworkCreateJson(name, null, driver, null, internal, attachable, false,
                new IpamJson("default", configs, Map.of()), ipv6, keyValues(opts), labels(labels));
    }

    /** {@code -o key=value}; a bare key has the empty value, as docker's map flags have it. */
    private static Map<String, String> keyValues(List<String> flags) {
        Map<String, String> out = new TreeMap<>();
        for (String f : flags) {
            int eq = f.indexOf('=');
            out.put(eq < 0 ? f : f.substring(0, eq), eq < 0 ? "" : f.substring(eq + 1));
        }
        return out;
    }

    private static Map<String, String> labels(List<String> flags) {
        for (String f : flags) {
            int eq = f.indexOf('=');
            if ((eq < 0 ? f : f.substring(0, eq)).isBlank()) {
                throw new IllegalArgumentException("--label: invalid label \"" + f + "\": empty name");
            }
        }
        return keyValues(flags);
    }
}
