package io.jcompose.cli.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code -p [IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]} with ranges ({@code 8000-8001:80-81}) and bracketed IPv6
 * addresses: one binding per container port, an empty host port asking the engine for a free one.
 */
public record PortPublish(List<Binding> bindings) {

    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    /** One container port ({@code 80/tcp}) and the host address and port (or port range) it is published on. */
    public record Binding(String containerPort, String hostIp, String hostPort) {
    }

    public static PortPublish of(String text) {
        String spec = text;
        String proto = "tcp";
        int slash = spec.lastIndexOf('/');
        if (slash >= 0) {
            proto = spec.substring(slash + 1);
            spec = spec.substring(0, slash);
            if (!PROTOCOLS.contains(proto)) {
                throw invalid(text, "unknown protocol \"" + proto + "\"");
            }
        }
        String ip = "";
        if (spec.startsWith("[")) {
            int close = spec.indexOf("]:");
            if (close < 0) {
                throw invalid(text, "an IPv6 address in brackets must be followed by a port");
            }
            ip = spec.substring(1, close);
            spec = spec.substring(close + 2);
        }
        String[] parts = spec.split(":", -1);
        if (parts.length > 3 || (!ip.isEmpty() && parts.length > 2)) {
            throw invalid(text, "too many colons; write IPv6 addresses in brackets");
        }
        String container = parts[parts.length - 1];
        String host = parts.length >= 2 ? parts[parts.length - 2] : "";
        if (parts.length == 3) {
            ip = parts[0];
        }
        int[] c = range(text, container, false);
        int[] h = host.isEmpty() ? null : range(text, host, true);
        List<Binding> out = new ArrayList<>();
        int count = c[1] - c[0] + 1;
        if (h != null && count > 1 && h[1] - h[0] + 1 != count) {
            throw invalid(text, "the host and container port ranges differ in size");
        }
        for (int i = 0; i < count; i++) {
            String hostPort = h == null ? "" : count > 1 ? Integer.toString(h[0] + i) : host;
            out.add(new Binding((c[0] + i) + "/" + proto, ip, hostPort));
        }
        return new PortPublish(List.copyOf(out));
    }

    private static int[] range(String text, String ports, boolean host) {
        int dash = ports.indexOf('-');
        int first = port(text, dash < 0 ? ports : ports.substring(0, dash));
        int last = dash < 0 ? first : port(text, ports.substring(dash + 1));
        if (last < first) {
            throw invalid(text, "the " + (host ? "host" : "container") + " port range \"" + ports
                    + "\" ends before it starts");
        }
        return new int[] {first, last};
    }

    private static int port(String text, String port) {
        try {
            int p = Integer.parseInt(port);
            if (p >= 0 && p <= 65535 && !port.startsWith("+")) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(text, "\"" + port + "\" is not a port number");
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid port mapping: \"" + text + "\" (" + why
                + "; expected [IP:][HOST_PORT:]CONTAINER_PORT[/PROTO])");
    }
}
