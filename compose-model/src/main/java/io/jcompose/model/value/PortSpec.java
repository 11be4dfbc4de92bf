package io.jcompose.model.value;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A short port entry {@code [HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]}, parsed with docker's
 * rules (go-connections' ParsePortSpec) so that it expands exactly as {@code docker compose config} shows it.
 *
 * @param hostIp the host address without brackets, empty when none
 * @param hostStart the first host port, -1 when none
 * @param hostEnd the last host port, -1 when none
 * @param containerStart the first container port
 * @param containerEnd the last container port
 * @param protocol tcp, udp or sctp
 */
public record PortSpec(String hostIp, int hostStart, int hostEnd, int containerStart, int containerEnd,
        String protocol) {

    public static PortSpec of(String text) {
        String s = text == null ? "" : text;
        String[] parts = s.split(":", -1);
        int n = parts.length;
        String container = parts[n - 1];
        String host = n >= 2 ? parts[n - 2] : "";
        String ip = n >= 3 ? String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2)) : "";
        String protocol = "tcp";
        int slash = container.indexOf('/');
        if (slash >= 0) {
            String p = container.substring(slash + 1);
            container = container.substring(0, slash);
            if (!p.isEmpty()) {
                protocol = p.split("/", -1)[0];
            }
        }
        if (ip.startsWith("[")) {
            if (!ip.endsWith("]")) {
                throw invalid(s);
            }
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !isIp(ip)) {
            throw invalid(s);
        }
        int[] c = range(container, s);
        int[] h = host.isEmpty() ? new int[] {-1, -1} : range(host, s);
        if (!host.isEmpty() && c[1] - c[0] != h[1] - h[0] && c[0] != c[1]) {
            throw new InvalidValueException("\"" + s + "\" is not a valid port mapping: the host port range "
                    + host + " and the container port range " + container + " differ in size");
        }
        String proto = protocol.toLowerCase(Locale.ROOT);
        if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
            throw new InvalidValueException("\"" + s + "\" is not a valid port mapping: unknown protocol \""
                    + protocol + "\" (expected tcp, udp or sctp)");
        }
        return new PortSpec(ip, h[0], h[1], c[0], c[1], proto);
    }

    private static int[] range(String ports, String whole) {
        int dash = ports.indexOf('-');
        String first = dash < 0 ? ports : ports.substring(0, dash);
        String last = dash < 0 ? ports : ports.substring(dash + 1);
        int start = port(first, whole);
        int end = port(last, whole);
        if (end < start) {
            throw invalid(whole);
        }
        return new int[] {start, end};
    }

    private static int port(String digits, String whole) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            throw invalid(whole);
        }
        int p = Integer.parseInt(digits);
        if (p > 65535) {
            throw invalid(whole);
        }
        return p;
    }

    static boolean isIp(String ip) {
        if (ip.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")) {
            return true;
        }
        if (!ip.contains(":") || !ip.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            Inet6Address.ofLiteral(ip);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static InvalidValueException invalid(String s) {
        return new InvalidValueException("\"" + s + "\" is not a valid port mapping (expected "
                + "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL])");
    }

    public boolean hasHostPort() {
        return hostStart >= 0;
    }

    /**
     * One mapping per container port, in docker's order (container ports sorted as text, as compose-go sorts
     * {@code "port/proto"} keys). A single container port with a host range keeps the range as published.
     */
    public List<PortMapping> expand() {
        List<PortMapping> result = new ArrayList<>();
        for (int i = 0; i <= containerEnd - containerStart; i++) {
            String published = "";
            if (hasHostPort()) {
                published = Integer.toString(hostStart + i);
                if (containerStart == containerEnd && hostStart != hostEnd) {
                    published = hostStart + "-" + hostEnd;
                }
            }
            result.add(new PortMapping(hostIp, containerStart + i, published, protocol));
        }
        result.sort(Comparator.comparing(m -> m.target() + "/" + m.protocol()));
        return List.copyOf(result);
    }

    /** The canonical short form: {@code [HOST_IP:][HOST_PORTS:]CONTAINER_PORTS/PROTOCOL}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (!hostIp.isEmpty()) {
            b.append(hostIp.contains(":") ? "[" + hostIp + "]" : hostIp).append(':');
        }
        if (hasHostPort()) {
            b.append(ports(hostStart, hostEnd)).append(':');
        } else if (!hostIp.isEmpty()) {
            b.append(':');
        }
        return b.append(ports(containerStart, containerEnd)).append('/').append(protocol).toString();
    }

    private static String ports(int start, int end) {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
