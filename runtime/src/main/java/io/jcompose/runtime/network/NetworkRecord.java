package io.jcompose.runtime.network;

import io.jcompose.engine.api.json.IpamJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the engine keeps about one network: identity, the create request's settings, and what the driver chose
 * (bridge name, subnets with gateways). Saved whole on every change; endpoints live with their containers.
 */
public record NetworkRecord(String id, String name, String driver, Instant created, boolean internal,
        boolean attachable, boolean enableIpv6, Map<String, String> options, Map<String, String> labels,
        IpamJson requestedIpam, String bridge, List<Subnet> subnets) {

    /** Drivers of the three networks every docker engine has. */
    public static final String BRIDGE = "bridge";
    public static final String HOST = "host";
    public static final String NULL = "null";

    public NetworkRecord {
        options = options == null ? Map.of() : Map.copyOf(options);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
    }

    /** One subnet of the network and its gateway, as text ({@code 172.18.0.0/16}, {@code 172.18.0.1}). */
    public record Subnet(String subnet, String gateway, String ipRange) {
    }

    /** The predefined networks ({@code bridge}, {@code host}, {@code none}) cannot be removed. */
    public boolean predefined() {
        return name.equals("bridge") || name.equals("host") || name.equals("none");
    }

    public NetworkRecord withDriverState(String bridgeName, List<Subnet> assigned) {
        return new NetworkRecord(id, name, driver, created, internal, attachable, enableIpv6, options, labels,
                requestedIpam, bridgeName, assigned);
    }
}
