package io.jcompose.network.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the DNS server knows of one container's attachment to one network: the names it answers to there
 * (container name, service name, aliases, hostname), its addresses there, and the name reverse lookups give.
 *
 * @param id          unique per endpoint, e.g. {@code CONTAINER_ID/NETWORK}; {@link DnsTable#remove} takes it
 * @param container   the container's id: a container on several networks sees the names of all of them
 * @param network     the network's name; {@code NAME.NETWORK} resolves too, as in docker
 * @param names       the names, compared case-insensitively
 * @param addresses   the endpoint's IPv4 and IPv6 addresses on the network
 * @param reverseName what PTR answers for these addresses, docker's form being {@code CONTAINER.NETWORK}
 */
public record DnsEndpoint(String id, String container, String network, List<String> names,
                          List<InetAddress> addresses, String reverseName) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252}[A-Za-z0-9_-])?");

    public DnsEndpoint {
        require(id, "id", id);
        require(container, "container", id);
        require(network, "network", id);
        names = names.stream().map(n -> checked(n, id)).distinct().toList();
        addresses = List.copyOf(addresses);
        reverseName = checked(reverseName, id);
    }

    /** An endpoint whose PTR name is {@code FIRST_NAME.NETWORK}, as docker answers. */
    public static DnsEndpoint of(String container, String network, List<String> names, List<InetAddress> addresses) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("DNS endpoint of container \"" + container + "\" on network \""
                    + network + "\" has no name");
        }
        String first = names.getFirst();
        String host = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
        return new DnsEndpoint(container + "/" + network, container, network, names, addresses, host + "." + network);
    }

    /** The names as lookup keys: lower case, without a trailing dot. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(names.size());
        for (String n : names) {
            keys.add(DnsName.lowerAscii(n));
        }
        return keys;
    }

    private static void require(String value, String what, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("DNS endpoint \"" + id + "\" has no " + what);
        }
    }

    private static String checked(String name, String id) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (!NAME.matcher(n).matches() || n.contains("..") || !validLabels(n)) {
            throw new IllegalArgumentException("DNS endpoint \"" + id + "\": \"" + name
                    + "\" is not a valid DNS name");
        }
        return n;
    }

    private static boolean validLabels(String name) {
        try {
            DnsName.of(name);
            return true;
        } catch (DnsFormatException e) {
            return false;
        }
    }
}
