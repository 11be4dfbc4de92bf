package io.jcompose.model.project;

import java.util.List;

/** How a service joins one network: aliases, fixed addresses and priority. */
public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address, int priority,
        int gwPriority, String macAddress, String interfaceName) {

    public ServiceNetwork {
        aliases = Copies.list(aliases);
    }

    public static final ServiceNetwork DEFAULTS = new ServiceNetwork(List.of(), null, null, 0, 0, null, null);
}
