package io.jcompose.network.firewall;

import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.Addresses;
import io.jcompose.network.ports.PortMapping;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules jcompose needs, as data, modelled on docker's bridge driver (default userland-proxy mode). Chains, for
 * prefix {@code P} (normally {@code JCOMPOSE}):
 * <pre>
 * filter FORWARD       -j P-FORWARD (first)
 *        P-FORWARD     -j P-ISOLATION-1, -j P-PORTS, then per bridge: replies in, out to the world, icc, drop rest
 *        P-ISOLATION-1 per bridge: leaving it for another jcompose bridge -j P-ISOLATION-2; internal: drop all else
 *        P-ISOLATION-2 per bridge: -o BR -j DROP
 *        P-PORTS       per published port: accept DNAT-ed traffic to the container port
 * nat    PREROUTING    to a local address -j P-PREROUTING (first)
 *        OUTPUT        to a local, non-loopback address -j P-DNAT (first)
 *        POSTROUTING   -j P-POSTROUTING (first)
 *        P-PREROUTING  per bridge: -i BR -j RETURN (first; containers reach published ports through the proxy),
 *                      then -j P-DNAT
 *        P-DNAT        per published port: DNAT to the container
 *        P-POSTROUTING per non-internal bridge: masquerade the subnet leaving by another interface
 * </pre>
 * Ports published on a loopback address get no rules: only the host can reach them, through the proxy.
 */
public final class Rules {

    private final String prefix;

    public Rules(String prefix) {
        if (!prefix.matches("[A-Za-z0-9]{1,14}")) {
            throw new IllegalArgumentException("invalid chain prefix \"" + prefix + "\" (1-14 letters or digits)");
        }
        this.prefix = prefix;
    }

    public String forward() {
        return prefix + "-FORWARD";
    }

    public String isolation1() {
        return prefix + "-ISOLATION-1";
    }

    public String isolation2() {
        return prefix + "-ISOLATION-2";
    }

    public String ports() {
        return prefix + "-PORTS";
    }

    public String prerouting() {
        return prefix + "-PREROUTING";
    }

    public String dnat() {
        return prefix + "-DNAT";
    }

    public String postrouting() {
        return prefix + "-POSTROUTING";
    }

    /** Whether a chain is one of ours (so that it may be created, flushed and deleted). */
    public boolean owns(String chain) {
        return chain.startsWith(prefix + "-");
    }

    /** The chains per table, in creation order. */
    public List<List<String>> chains() {
        return List.of(List.of("filter", forward(), isolation1(), isolation2(), ports()),
                List.of("nat", prerouting(), dnat(), postrouting()));
    }

    /** The jumps that tie our chains in; created once by {@link Firewall#ensureBase}. */
    public List<Rule> base(Family f) {
        return List.of(
                new Rule(f, "filter", "FORWARD", "-j " + forward(), true),
                new Rule(f, "filter", forward(), "-j " + isolation1(), false),
                new Rule(f, "filter", forward(), "-j " + ports(), false),
                new Rule(f, "nat", "PREROUTING", "-m addrtype --dst-type LOCAL -j " + prerouting(), true),
                new Rule(f, "nat", "OUTPUT", "! -d " + f.loopback() + " -m addrtype --dst-type LOCAL -j " + dnat(),
                        true),
                new Rule(f, "nat", "POSTROUTING", "-j " + postrouting(), true),
                new Rule(f, "nat", prerouting(), "-j " + dnat(), false));
    }

    /** The rules of one bridge network (one family: the subnet's). */
    public List<Rule> network(String bridge, Cidr subnet, boolean internal, boolean icc) {
        Family f = Family.of(subnet.address());
        List<Rule> r = new ArrayList<>();
        if (internal) {
            r.add(new Rule(f, "filter", isolation1(), "-i " + bridge + " ! -o " + bridge + " -j DROP", false));
            r.add(new Rule(f, "filter", isolation1(), "! -i " + bridge + " -o " + bridge + " -j DROP", false));
        } else {
            r.add(new Rule(f, "filter", isolation1(), "-i " + bridge + " ! -o " + bridge + " -j " + isolation2(),
                    false));
            r.add(new Rule(f, "filter", isolation2(), "-o " + bridge + " -j DROP", false));
            r.add(new Rule(f, "filter", forward(),
                    "-o " + bridge + " -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT", false));
            r.add(new Rule(f, "filter", forward(), "-i " + bridge + " ! -o " + bridge + " -j ACCEPT", false));
        }
        r.add(new Rule(f, "filter", forward(), "-i " + bridge + " -o " + bridge + " -j " + (icc ? "ACCEPT" : "DROP"),
                false));
        r.add(new Rule(f, "filter", forward(), "-o " + bridge + " -j DROP", false));
        r.add(new Rule(f, "nat", prerouting(), "-i " + bridge + " -j RETURN", true));
        if (!internal) {
            r.add(new Rule(f, "nat", postrouting(), "-s " + prefix(subnet.network()) + " ! -o " + bridge
                    + " -j MASQUERADE", false));
        }
        return List.copyOf(r);
    }

    /** The rules of one published port: none when only the host can reach it or the families differ. */
    public List<Rule> port(String bridge, PortMapping m) {
        if (m.loopbackOnly() || !m.natPossible()) {
            return List.of();
        }
        Family f = Family.of(m.containerIp());
        String proto = m.protocol().toString();
        String match = "-p " + proto + " -m " + proto + " --dport ";
        String to = Addresses.hostPort(m.containerIp(), String.valueOf(m.containerPort()));
        String dst = m.hostIp().isAnyLocalAddress() ? "" : "-d " + host(m.hostIp()) + " ";
        return List.of(
                new Rule(f, "nat", dnat(), dst + match + m.hostPort() + " -j DNAT --to-destination " + to, false),
                new Rule(f, "filter", ports(), "-d " + host(m.containerIp()) + " ! -i " + bridge + " -o " + bridge
                        + " " + match + m.containerPort() + " -m comment --comment \"" + m + "\" -j ACCEPT", false));
    }

    private static String host(InetAddress a) {
        return Addresses.text(a) + "/" + Family.of(a).hostBits();
    }

    private static String prefix(Cidr c) {
        return Addresses.text(c.address()) + "/" + c.prefixLength();
    }
}
