package io.jcompose.network.ports;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Address text as docker prints it ({@code ::} rather than Java's {@code 0:0:0:0:0:0:0:0}). */
public final class Addresses {

    private Addresses() {
    }

    /** Parses a literal IPv4 or IPv6 address, never looking a name up; empty when it is not one. */
    public static java.util.Optional<InetAddress> parse(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(InetAddress.ofLiteral(literal));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The shortest text of an address: IPv6 with its longest run of zero groups written {@code ::}. */
    public static String text(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!s.isEmpty() && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[i]));
        }
        return s.toString();
    }

    /** {@code ip:port}, with brackets around an IPv6 address. */
    public static String hostPort(InetAddress address, String port) {
        String ip = text(address);
        return (address instanceof Inet6Address ? "[" + ip + "]" : ip) + ":" + port;
    }

    /** Whether the address is a wildcard ({@code 0.0.0.0} or {@code ::}). */
    public static boolean isAny(InetAddress address) {
        return address.isAnyLocalAddress();
    }
}
