package io.jcompose.runtime.registry.transport;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a registry host's API lives: {@code docker.io} is served by {@code registry-1.docker.io}; loopback hosts
 * and hosts the user lists as insecure are spoken to over plain HTTP (docker's rule), every other over HTTPS.
 *
 * @param name the host as the user wrote it, used for messages and credentials
 * @param base {@code scheme://host[:port]} of the API
 */
public record RegistryEndpoint(String name, URI base) {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public static RegistryEndpoint of(String host, Set<String> insecureHosts) {
        if (host == null || host.isBlank() || host.contains("/")) {
            throw new IllegalArgumentException("invalid registry host \"" + host + "\"");
        }
        String api = switch (host) {
            case "docker.io", "index.docker.io", "registry.hub.docker.com" -> "registry-1.docker.io";
            default -> host;
        };
        boolean plain = isLoopback(host) || insecureHosts.contains(host) || insecureHosts.contains(hostname(host));
        return new RegistryEndpoint(host, URI.create((plain ? "http://" : "https://") + api));
    }

    /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}, with or without a port. */
    static boolean isLoopback(String host) {
        String h = hostname(host);
        return h.equals("localhost") || h.equals("[::1]") || LOOPBACK_V4.matcher(h).matches();
    }

    /** The host without its port ({@code [::1]:5000} -> {@code [::1]}). */
    static String hostname(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** An API URI: {@code /v2/...} appended to the base. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    public boolean isPlainHttp() {
        return base.getScheme().equals("http");
    }
}
