package io.jcompose.network.ipam;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a network's {@code ipam.config}: a subnet with an optional gateway and an optional
 * {@code ip_range} that dynamic addresses come from. {@code ipRange} and {@code gateway} may be null.
 */
public record SubnetRequest(Cidr subnet, Cidr ipRange, InetAddress gateway) {

    public SubnetRequest {
        if (subnet == null) {
            throw new IllegalArgumentException("a subnet request needs a subnet");
        }
    }

    /** A subnet with neither gateway nor range: addresses come from the whole subnet, the gateway is the first. */
    public static SubnetRequest of(Cidr subnet) {
        return new SubnetRequest(subnet, null, null);
    }

    /**
     * Validates Compose's {@code subnet}, {@code ip_range} and {@code gateway} (the last two null or blank when
     * absent) with Docker's messages, every problem listed.
     */
    public static SubnetRequest parse(String subnet, String ipRange, String gateway) {
        Cidr net;
        try {
            net = Cidr.parse(subnet);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(List.of("invalid subnet " + subnet + ": invalid CIDR block notation"));
        }
        List<String> errors = new ArrayList<>();
        if (!net.equals(net.network())) {
            errors.add("invalid subnet " + net + ": it should be " + net.network());
        }
        Cidr range = blank(ipRange) ? null : range(ipRange, net.network(), errors);
        InetAddress gw = blank(gateway) ? null : gateway(gateway, net.network(), errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new SubnetRequest(net, range, gw);
    }

    private static Cidr range(String text, Cidr subnet, List<String> errors) {
        Cidr range;
        try {
            range = Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add("invalid ip-range " + text + ": invalid CIDR block notation");
            return null;
        }
        if (range.isIpv6() != subnet.isIpv6()) {
            errors.add("invalid ip-range " + text + ": parent subnet is an " + family(subnet) + " block");
            return null;
        }
        if (range.prefixLength() < subnet.prefixLength()) {
            errors.add("invalid ip-range " + text + ": CIDR block is bigger than its parent subnet " + subnet);
        }
        if (!range.equals(range.network())) {
            errors.add("invalid ip-range " + text + ": it should be " + range.network());
        }
        if (!subnet.overlaps(range)) {
            errors.add("invalid ip-range " + text + ": parent subnet " + subnet + " doesn't contain ip-range");
        }
        return range;
    }

    private static InetAddress gateway(String text, Cidr subnet, List<String> errors) {
        InetAddress gw;
        try {
            gw = Cidr.address(text.strip(), text);
        } catch (IllegalArgumentException e) {
            errors.add("invalid gateway " + text + ": invalid address");
            return null;
        }
        if ((gw.getAddress().length == 16) != subnet.isIpv6()) {
            errors.add("invalid gateway " + text + ": parent subnet is an " + family(subnet) + " block");
        } else if (!subnet.contains(gw)) {
            errors.add("invalid gateway " + text + ": parent subnet " + subnet + " doesn't contain this address");
        }
        return gw;
    }

    static String family(Cidr subnet) {
        return subnet.isIpv6() ? "IPv6" : "IPv4";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static IpamException invalid(List<String> errors) {
        return new IpamException(IpamException.Reason.INVALID,
                "invalid network config:\n" + String.join("\n", errors));
    }
}
