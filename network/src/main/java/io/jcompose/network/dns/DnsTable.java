package io.jcompose.network.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's name table: endpoints come and go as containers connect and disconnect, and every lookup reads
 * an immutable snapshot, so that queries never wait for an update. One table can serve all networks' servers.
 */
public final class DnsTable implements DnsRecords {

    private final Map<String, DnsEndpoint> endpoints = new LinkedHashMap<>();
    private volatile Snapshot snapshot = Snapshot.of(List.of());

    /** Adds an endpoint, or replaces the one with the same id (keeping its place in the order). */
    public synchronized void put(DnsEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
        snapshot = Snapshot.of(endpoints.values());
    }

    /** Removes an endpoint; false if there was none with that id. */
    public synchronized boolean remove(String endpointId) {
        boolean removed = endpoints.remove(endpointId) != null;
        if (removed) {
            snapshot = Snapshot.of(endpoints.values());
        }
        return removed;
    }

    /** Removes every endpoint of a container (it stopped or was removed). */
    public synchronized void removeContainer(String container) {
        if (endpoints.values().removeIf(e -> e.container().equals(container))) {
            snapshot = Snapshot.of(endpoints.values());
        }
    }

    /** Removes every endpoint on a network (the network was removed). */
    public synchronized void removeNetwork(String network) {
        if (endpoints.values().removeIf(e -> e.network().equals(network))) {
            snapshot = Snapshot.of(endpoints.values());
        }
    }

    public synchronized List<DnsEndpoint> endpoints() {
        return List.copyOf(endpoints.values());
    }

    @Override
    public List<InetAddress> addresses(InetAddress client, String name) {
        Snapshot s = snapshot;
        List<String> networks = s.clientNetworks.get(client);
        if (networks == null) {
            return List.of();
        }
        for (String network : networks) {
            List<InetAddress> found = s.names.get(network).get(name);
            if (found != null) {
                return found;
            }
        }
        for (String network : networks) {
            String suffix = "." + DnsName.lowerAscii(network);
            if (name.endsWith(suffix)) {
                List<InetAddress> found = s.names.get(network).get(name.substring(0, name.length() - suffix.length()));
                if (found != null) {
                    return found;
                }
            }
        }
        return List.of();
    }

    @Override
    public Optional<String> hostName(InetAddress client, InetAddress address) {
        Snapshot s = snapshot;
        for (String network : s.clientNetworks.getOrDefault(client, List.of())) {
            String name = s.reverse.get(network).get(address);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Indexes built once per change: client address to its container's networks, names and reverse names. */
    private record Snapshot(Map<InetAddress, List<String>> clientNetworks,
                            Map<String, Map<String, List<InetAddress>>> names,
                            Map<String, Map<InetAddress, String>> reverse) {

        static Snapshot of(Iterable<DnsEndpoint> endpoints) {
            Map<String, Set<String>> containerNetworks = new HashMap<>();
            Map<String, Map<String, List<InetAddress>>> names = new HashMap<>();
            Map<String, Map<InetAddress, String>> reverse = new HashMap<>();
            for (DnsEndpoint e : endpoints) {
                containerNetworks.computeIfAbsent(e.container(), c -> new LinkedHashSet<>()).add(e.network());
                Map<String, List<InetAddress>> networkNames = names.computeIfAbsent(e.network(), n -> new HashMap<>());
                for (String key : e.keys()) {
                    List<InetAddress> list = networkNames.computeIfAbsent(key, k -> new ArrayList<>());
                    e.addresses().stream().filter(a -> !list.contains(a)).forEach(list::add);
                }
                Map<InetAddress, String> networkReverse = reverse.computeIfAbsent(e.network(), n -> new HashMap<>());
                e.addresses().forEach(a -> networkReverse.putIfAbsent(a, e.reverseName()));
            }
            Map<InetAddress, List<String>> clients = new HashMap<>();
            for (DnsEndpoint e : endpoints) {
                List<String> networks = List.copyOf(containerNetworks.get(e.container()));
                e.addresses().forEach(a -> clients.put(a, networks));
            }
            Map<String, Map<String, List<InetAddress>>> frozen = new HashMap<>();
            names.forEach((network, map) -> {
                Map<String, List<InetAddress>> copy = new HashMap<>();
                map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
                frozen.put(network, Map.copyOf(copy));
            });
            Map<String, Map<InetAddress, String>> frozenReverse = new HashMap<>();
            reverse.forEach((network, map) -> frozenReverse.put(network, Map.copyOf(map)));
            return new Snapshot(Map.copyOf(clients), Map.copyOf(frozen), Map.copyOf(frozenReverse));
        }
    }
}
