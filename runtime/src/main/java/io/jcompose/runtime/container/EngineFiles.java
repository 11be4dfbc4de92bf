package io.jcompose.runtime.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code /etc/hostname}, {@code /etc/hosts} and {@code /etc/resolv.conf} the engine owns and bind-mounts into
 * a container, written as docker writes them; the network code adds the container's addresses later.
 */
public final class EngineFiles {

    private final Path hostResolvConf;

    public EngineFiles(Path hostResolvConf) {
        this.hostResolvConf = hostResolvConf;
    }

    public static EngineFiles ofHost() {
        return new EngineFiles(Path.of("/etc/resolv.conf"));
    }

    /** Writes the three files for a container with this hostname, extra host lines and DNS settings. */
    public void write(ContainerLayout layout, String hostname, List<String> extraHosts, List<String> dns,
            List<String> dnsSearch, List<String> dnsOptions) throws IOException {
        Files.writeString(layout.hostname(), hostname + "\n", StandardCharsets.UTF_8);
        StringBuilder hosts = new StringBuilder("""
                127.0.0.1\tlocalhost
                ::1\tlocalhost ip6-localhost ip6-loopback
                fe00::0\tip6-localnet
                ff00::0\tip6-mcastprefix
                ff02::1\tip6-allnodes
                ff02::2\tip6-allrouters
                """);
        for (String entry : extraHosts) {
            int sep = entry.indexOf(':') >= 0 && entry.indexOf('=') < 0 ? entry.indexOf(':') : entry.indexOf('=');
            if (sep > 0) {
                hosts.append(entry.substring(sep + 1)).append('\t').append(entry, 0, sep).append('\n');
            }
        }
        Files.writeString(layout.hosts(), hosts, StandardCharsets.UTF_8);
        Files.writeString(layout.resolvConf(), resolvConf(dns, dnsSearch, dnsOptions), StandardCharsets.UTF_8);
    }

    /**
     * The host's resolver settings with the user's overrides; loopback name servers (a local cache such as
     * systemd-resolved) are unreachable from a container's own network namespace, so they are left out.
     */
    String resolvConf(List<String> dns, List<String> dnsSearch, List<String> dnsOptions) throws IOException {
        ResolvConf host = ResolvConf.read(hostResolvConf);
        List<String> servers = host.nameservers().stream()
                .filter(server -> !server.startsWith("127.") && !server.equals("::1")).toList();
        List<String> search = host.search();
        List<String> options = host.options();
        StringBuilder out = new StringBuilder();
        for (String server : dns.isEmpty() ? servers : dns) {
            out.append("nameserver ").append(server).append('\n');
        }
        List<String> domains = dnsSearch.isEmpty() ? search : dnsSearch;
        if (!domains.isEmpty() && !domains.equals(List.of("."))) {
            out.append("search ").append(String.join(" ", domains)).append('\n');
        }
        List<String> opts = dnsOptions.isEmpty() ? options : dnsOptions;
        if (!opts.isEmpty()) {
            out.append("options ").append(String.join(" ", opts)).append('\n');
        }
        return out.toString();
    }
}
