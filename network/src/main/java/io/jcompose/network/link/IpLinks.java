package io.jcompose.network.link;

import io.jcompose.network.ipam.Cidr;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links made with iproute2's {@code ip}: each step is one {@code ip -batch -} process (one in the host, one in
 * the namespace) rather than a process per command, and a failed step removes what it had made.
 */
public final class IpLinks implements LinkManager {

    private static final Pattern ADDRESS = Pattern.compile("\\binet6?\\s+(\\S+)");
    private static final Pattern BRIDGE = Pattern.compile("\\sbridge\\s");

    private final IpRunner ip;
    private final Supplier<String> vethNames;

    public IpLinks() {
        this(new ProcessIpRunner(), randomVeths());
    }

    /** With another runner and a source of host-side veth names (tests). */
    public IpLinks(IpRunner ip, Supplier<String> vethNames) {
        this.ip = ip;
        this.vethNames = vethNames;
    }

    @Override
    public void createBridge(String name, List<Cidr> gatewayAddresses, int mtu) throws IOException {
        LinkNames.interfaceName(name);
        if (bridgeExists(name)) {
            Set<Cidr> have = addresses(name);
            if (!have.equals(new LinkedHashSet<>(gatewayAddresses))) {
                throw new LinkException("bridge " + name + " already exists with addresses " + have
                        + ", not " + gatewayAddresses);
            }
            return;
        }
        List<String> batch = new ArrayList<>();
        // a fixed address: a bridge without one takes its lowest port's, which changes as containers come and go
        // and leaves the others' ARP entries for the gateway pointing nowhere for tens of seconds
        String address = gatewayAddresses.stream().filter(a -> !a.isIpv6()).findFirst()
                .map(a -> " address " + MacAddress.fromIpv4(a.address())).orElse("");
        batch.add("link add name " + name + (mtu > 0 ? " mtu " + mtu : "") + address + " type bridge");
        for (Cidr a : gatewayAddresses) {
            batch.add("addr add " + a + (a.isIpv6() ? " dev " + name + " nodad" : " brd + dev " + name));
        }
        batch.add("link set " + name + " up");
        IpRunner.Result r = batch(List.of(), batch);
        if (!r.ok()) {
            ip.run(List.of("link", "del", name), "");
            throw LinkException.of(List.of("-batch", "-"), batch, r);
        }
    }

    @Override
    public void deleteBridge(String name) throws IOException {
        deleteLink(LinkNames.interfaceName(name));
    }

    @Override
    public boolean bridgeExists(String name) throws IOException {
        IpRunner.Result r = ip.run(List.of("-o", "-d", "link", "show", "dev", LinkNames.interfaceName(name)), "");
        return r.ok() && BRIDGE.matcher(r.stdout()).find();
    }

    @Override
    public Path createNamespace(String name) throws IOException {
        Path path = LinkManager.namespacePath(name);
        List<String> add = List.of("netns", "add", name);
        IpRunner.Result r = ip.run(add, "");
        if (!r.ok() && !r.stderr().contains("File exists")) {
            throw LinkException.of(add, List.of(), r);
        }
        List<String> lo = List.of("-n", name, "link", "set", "lo", "up");
        IpRunner.Result up = ip.run(lo, "");
        if (!up.ok()) {
            throw LinkException.of(lo, List.of(), up);
        }
        return path;
    }

    @Override
    public void deleteNamespace(String name) throws IOException {
        List<String> del = List.of("netns", "del", LinkNames.namespaceName(name));
        IpRunner.Result r = ip.run(del, "");
        if (!r.ok() && !r.stderr().contains("No such file")) {
            throw LinkException.of(del, List.of(), r);
        }
    }

    @Override
    public boolean namespaceExists(String name) throws IOException {
        IpRunner.Result r = ip.run(List.of("netns", "list"), "");
        return r.ok() && r.stdout().lines().anyMatch(l -> l.split("\\s+")[0].equals(name));
    }

    @Override
    public Attachment attach(Endpoint e) throws IOException {
        String veth = LinkNames.interfaceName(vethNames.get());
        MacAddress mac = e.effectiveMac() != null ? e.effectiveMac() : MacAddress.random(new SecureRandom());
        String mtu = e.mtu() > 0 ? " mtu " + e.mtu() : "";
        List<String> host = List.of(
                "link add " + veth + mtu + " type veth peer name " + e.interfaceName() + mtu + " address " + mac
                        + " netns " + e.namespace(),
                "link set " + veth + " master " + e.bridge(),
                "link set " + veth + " up");
        IpRunner.Result r = batch(List.of(), host);
        if (!r.ok()) {
            deleteLink(veth);
            throw LinkException.of(List.of("-batch", "-"), host, r);
        }
        List<String> inside = containerSide(e);
        IpRunner.Result in = batch(List.of("-n", e.namespace()), inside);
        if (!in.ok()) {
            deleteLink(veth);
            throw LinkException.of(List.of("-n", e.namespace(), "-batch", "-"), inside, in);
        }
        return new Attachment(veth, e.bridge(), e.namespace(), e.interfaceName(), mac);
    }

    @Override
    public void detach(Attachment attachment) throws IOException {
        deleteLink(attachment.hostVeth());
    }

    /** The commands run inside the namespace: addresses, link up, default routes. */
    static List<String> containerSide(Endpoint e) {
        String dev = " dev " + e.interfaceName();
        List<String> lines = new ArrayList<>();
        if (e.ipv4() != null) {
            lines.add("addr add " + e.ipv4() + " brd +" + dev);
        }
        if (e.ipv6() != null) {
            lines.add("addr add " + e.ipv6() + dev + " nodad");
        }
        lines.add("link set" + dev + " up");
        if (e.defaultRoute() && e.ipv4Gateway() != null && e.ipv4() != null) {
            lines.add("route add default via " + e.ipv4Gateway().getHostAddress() + dev);
        }
        if (e.defaultRoute() && e.ipv6Gateway() != null && e.ipv6() != null) {
            lines.add("route add default via " + e.ipv6Gateway().getHostAddress() + dev);
        }
        return lines;
    }

    private Set<Cidr> addresses(String name) throws IOException {
        List<String> show = List.of("-o", "addr", "show", "dev", name);
        IpRunner.Result r = ip.run(show, "");
        if (!r.ok()) {
            throw LinkException.of(show, List.of(), r);
        }
        Set<Cidr> found = new LinkedHashSet<>();
        for (String line : r.stdout().lines().toList()) {
            Matcher m = ADDRESS.matcher(line);
            if (m.find() && !line.contains("scope link")) {
                found.add(Cidr.parse(m.group(1)));
            }
        }
        return found;
    }

    private void deleteLink(String name) throws IOException {
        List<String> del = List.of("link", "del", name);
        IpRunner.Result r = ip.run(del, "");
        if (!r.ok() && !r.stderr().contains("Cannot find device") && !r.stderr().contains("does not exist")) {
            throw LinkException.of(del, List.of(), r);
        }
    }

    private IpRunner.Result batch(List<String> options, List<String> lines) throws IOException {
        List<String> args = new ArrayList<>(options);
        args.add("-batch");
        args.add("-");
        return ip.run(args, String.join("\n", lines) + "\n");
    }

    private static Supplier<String> randomVeths() {
        SecureRandom random = new SecureRandom();
        return () -> LinkNames.randomVeth(random);
    }
}
