package io.jcompose.cli.network;

import io.jcompose.engine.api.json.EndpointSettingsJson;
import java.io.IOException;
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

/** {@code jcompose network connect [--alias A]... [--ip IP] NETWORK CONTAINER}: silent on success, as docker. */
@Command(name = "connect", description = "Connect a container to a network.")
public final class NetworkConnectCommand implements Callable<Integer> {

    @ParentCommand
    NetworkCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = "--alias", split = ",", paramLabel = "ALIAS", description = "Add network-scoped alias for the "
            + "container (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--ip", paramLabel = "IPV4", description = "IPv4 address (e.g. 172.30.100.104).")
    String ip;

    @Parameters(index = "0", paramLabel = "NETWORK")
    String network;

    @Parameters(index = "1", paramLabel = "CONTAINER")
    String container;

    @Override
    public Integer call() throws IOException {
        EndpointSettingsJson endpoint;
        try {
            endpoint = endpoint(aliases, ip);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        parent.api().connect(network, container, endpoint);
        return 0;
    }

    /** Docker's endpoint: an {@code IPAMConfig} always (the address only if given), the aliases as a list. */
    static EndpointSettingsJson endpoint(List<String> aliases, String ip) {
        return new EndpointSettingsJson(new EndpointSettingsJson.IpamConfig(ipv4("--ip", ip), null), null,
                List.copyOf(aliases), null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A flag's IPv4 address in canonical form, or null when not given; anything else is refused. */
    static String ipv4(String flag, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        byte[] address;
        try {
            address = IpPrefix.address(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
        if (address.length != 4) {
            throw new IllegalArgumentException(flag + ": \"" + text + "\" is not an IPv4 address");
        }
        return IpPrefix.text(address);
    }
}
