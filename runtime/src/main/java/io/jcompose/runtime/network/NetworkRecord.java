package io.jcompose.runtime.network;

import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.network.ipam.SubnetState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine keeps about one network: identity, the create request's settings, what the driver chose
 * (bridge name, subnets with their address allocations) and the containers' endpoints on it. Saved whole on
 * every change.
 */
public record NetworkRecord(String id, String name, String driver, Instant created, boolean internal,
        boolean attachable, boolean enableIpv6, Map<String, String> options, Map<String, String> labels,
        IpamJson requestedIpam, String bridge, List<SubnetState> subnets, Map<String, EndpointRecord> endpoints) {

    /** Drivers of the three networks every docker engine has. */
    public static final String BRIDGE = "bridge";
    public static final String HOST = "host";
    public static final String NULL = "null";

    public NetworkRecord {
        options = options == null ? Map.of() : Map.copyOf(options);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }

    /** The predefined networks ({@code bridge}, {@code host}, {@code none}) cannot be removed. */
    public boolean predefined() {
        return name.equals("bridge") || name.equals("host") || name.equals("none");
    }

    /** Whether containers on it find each other by name (docker: not on the default bridge). */
    public boolean serviceDiscovery() {
        return driver.equals(BRIDGE) && !name.equals("bridge");
    }

    public NetworkRecord withSubnets(List<SubnetState> newSubnets) {
        return new NetworkRecord(id, name, driver, created, internal, attachable, enableIpv6, options, labels,
                requestedIpam, bridge, newSubnets, endpoints);
    }

    public NetworkRecord withEndpoint(String containerId, EndpointRecord endpoint) {
        Map<String, EndpointRecord> all = new LinkedHashMap<>(endpoints);
        if (endpoint == null) {
            all.remove(containerId);
        } else {
            all.put(containerId, endpoint);
        }
        return new NetworkRecord(id, name, driver, created, internal, attachable, enableIpv6, options, labels,
                requestedIpam, bridge, subnets, all);
    }
}
