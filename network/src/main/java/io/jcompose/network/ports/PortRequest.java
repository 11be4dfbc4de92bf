package io.jcompose.network.ports;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a container asks to publish, before a host port is chosen: the Docker API's {@code "80/tcp": [{"HostIp":
 * "127.0.0.1", "HostPort": "8000-8010"}]} parsed into values. A host port of 0 to 0 means "any free port"; a range
 * means "the first free port in it", as docker does.
 */
public record PortRequest(Protocol protocol, int containerPort, InetAddress hostIp, int hostPortStart,
        int hostPortEnd) {

    private static final Pattern KEY = Pattern.compile("([^/]*)(?:/(.*))?");
    private static final Pattern HOST_PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");

    public PortRequest {
        if (containerPort < 1 || containerPort > 65535 || hostPortStart < 0 || hostPortEnd < hostPortStart
                || hostPortEnd > 65535) {
            throw new IllegalArgumentException("invalid port request " + hostPortStart + "-" + hostPortEnd + "->"
                    + containerPort);
        }
    }

    /**
     * The requests of one {@code PortBindings} entry: {@code key} is {@code PORT[/PROTO]} (tcp by default), each
     * binding one host address and port (or range, or empty for a random port). An empty list publishes nothing.
     */
    public static List<PortRequest> of(String key, List<HostBinding> bindings) {
        List<PortRequest> out = new ArrayList<>();
        for (HostBinding b : bindings) {
            out.add(of(key, b));
        }
        return List.copyOf(out);
    }

    /** One binding of a {@code PORT[/PROTO]} key. */
    public static PortRequest of(String key, HostBinding binding) {
        Matcher k = KEY.matcher(key.strip());
        if (!k.matches()) {
            throw new IllegalArgumentException("port \"" + key + "\": expected PORT[/PROTO]");
        }
        int containerPort = port(k.group(1));
        if (containerPort < 1) {
            throw new IllegalArgumentException("port \"" + key + "\": invalid container port \"" + k.group(1)
                    + "\" (expected 1-65535)");
        }
        Protocol protocol = k.group(2) == null ? Protocol.TCP : Protocol.parse(k.group(2), key);
        InetAddress hostIp = hostIp(key, binding.hostIp().strip());
        String hp = binding.hostPort().strip();
        if (hp.isEmpty()) {
            return new PortRequest(protocol, containerPort, hostIp, 0, 0);
        }
        Matcher m = HOST_PORT.matcher(hp);
        int start = m.matches() ? port(m.group(1)) : -1;
        int end = m.matches() && m.group(2) != null ? port(m.group(2)) : start;
        if (start < 0 || end < 0 || (m.group(2) != null && start == 0)) {
            throw new IllegalArgumentException("port \"" + key + "\": invalid host port \"" + hp
                    + "\" (expected 1-65535, a range START-END, or empty for a random port)");
        }
        if (end < start) {
            throw new IllegalArgumentException("port \"" + key + "\": invalid host port range \"" + hp
                    + "\" (start is after end)");
        }
        return new PortRequest(protocol, containerPort, hostIp, start, end);
    }

    /** The request that gives back exactly this mapping (to publish it again after an engine restart). */
    public static PortRequest of(PortMapping m) {
        return new PortRequest(m.protocol(), m.containerPort(), m.hostIp(), m.hostPort(), m.hostPort());
    }

    /** Whether the host port is left to the kernel. */
    public boolean random() {
        return hostPortStart == 0;
    }

    /** The host side as docker prints it in errors: {@code 0.0.0.0:8080}, {@code [::]:8000-8010}. */
    public String hostText() {
        String ports = random() ? "0" : hostPortStart == hostPortEnd ? String.valueOf(hostPortStart)
                : hostPortStart + "-" + hostPortEnd;
        return Addresses.hostPort(hostIp, ports);
    }

    @Override
    public String toString() {
        return hostText() + "->" + containerPort + "/" + protocol;
    }

    private static InetAddress hostIp(String key, String text) {
        return Addresses.parse(text.isEmpty() ? "0.0.0.0" : text).orElseThrow(() ->
                new IllegalArgumentException("port \"" + key + "\": invalid host IP \"" + text + "\""));
    }

    /** A decimal port 0-65535, or -1. */
    private static int port(String text) {
        if (text == null || !text.matches("\\d{1,5}")) {
            return -1;
        }
        int p = Integer.parseInt(text);
        return p > 65535 ? -1 : p;
    }
}
