package io.jcompose.network.firewall;

/**
 * One iptables rule in the canonical text {@code iptables-save} prints, so that the firewall can tell whether it is
 * already there; {@code first} rules are inserted at the top of their chain instead of appended.
 */
public record Rule(Family family, String table, String chain, String spec, boolean first) {

    /** The line iptables-save shows for it: {@code -A CHAIN SPEC}. */
    public String saved() {
        return "-A " + chain + " " + spec;
    }

    /** The iptables-restore line that adds it. */
    public String addLine() {
        return (first ? "-I " + chain + " 1 " : "-A " + chain + " ") + spec;
    }

    /** The iptables-restore line that deletes it. */
    public String deleteLine() {
        return "-D " + chain + " " + spec;
    }

    /** {@code [ip6 ]TABLE -A CHAIN SPEC}: how tests and logs show a rule. */
    @Override
    public String toString() {
        return (family == Family.IPV6 ? "ip6 " : "") + table + " " + saved();
    }
}
