package io.jcompose.network.firewall;

/** The address family a rule belongs to: iptables for IPv4, ip6tables for IPv6. */
public enum Family {
    IPV4("iptables", "127.0.0.0/8", 32, "net.ipv4.ip_forward"),
    IPV6("ip6tables", "::1/128", 128, "net.ipv6.conf.all.forwarding");

    private final String command;
    private final String loopback;
    private final int hostBits;
    private final String forwardingSysctl;

    Family(String command, String loopback, int hostBits, String forwardingSysctl) {
        this.command = command;
        this.loopback = loopback;
        this.hostBits = hostBits;
        this.forwardingSysctl = forwardingSysctl;
    }

    /** The family of an address: 4 bytes or 16. */
    public static Family of(java.net.InetAddress address) {
        return address.getAddress().length == 4 ? IPV4 : IPV6;
    }

    public String saveCommand() {
        return command + "-save";
    }

    public String restoreCommand() {
        return command + "-restore";
    }

    /** The loopback prefix as iptables-save prints it. */
    public String loopback() {
        return loopback;
    }

    public int hostBits() {
        return hostBits;
    }

    /** The sysctl that turns on forwarding for this family. */
    public String forwardingSysctl() {
        return forwardingSysctl;
    }
}
