package io.jcompose.cli.network;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An IP address with a prefix length ({@code 172.20.0.0/16}, {@code fd00::/64}), parsed from flag text without any
 * name lookup; the address is kept as written, {@link #masked} clears the host bits.
 */
final class IpPrefix {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    private final byte[] address;
    private final int length;

    private IpPrefix(byte[] address, int length) {
        this.address = address;
        this.length = length;
    }

    /** {@code ADDRESS/LENGTH}; throws IllegalArgumentException quoting the text. */
    static IpPrefix of(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !text.substring(slash + 1).matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a CIDR address (such as 172.20.0.0/16)");
        }
        byte[] address;
        try {
            address = address(text.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a CIDR address (such as 172.20.0.0/16)", e);
        }
        int length = Integer.parseInt(text.substring(slash + 1));
        if (length > address.length * 8) {
            throw new IllegalArgumentException("\"" + text + "\" is not a CIDR address (the prefix is longer than "
                    + address.length * 8 + " bits)");
        }
        return new IpPrefix(address, length);
    }

    /** A literal IPv4 (dotted decimal) or IPv6 address; throws IllegalArgumentException quoting the text. */
    static byte[] address(String text) {
        boolean v6 = text.indexOf(':') >= 0;
        if (!v6 && !IPV4.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.ofLiteral(text).getAddress();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address", e);
        }
        if (v6 && bytes.length == 4) { // ::ffff:a.b.c.d comes back as IPv4; keep it IPv6 as Go does
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(bytes, 0, mapped, 12, 4);
            return mapped;
        }
        return bytes;
    }

    /** Whether {@code ip} (of the same family) lies in this prefix. */
    boolean contains(byte[] ip) {
        if (ip.length != address.length) {
            return false;
        }
        for (int bit = 0; bit < length; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((ip[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    byte[] address() {
        return address.clone();
    }

    IpPrefix masked() {
        byte[] net = address.clone();
        for (int bit = length; bit < net.length * 8; bit++) {
            net[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
        }
        return new IpPrefix(net, length);
    }

    @Override
    public String toString() {
        return text(address) + "/" + length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix p && p.length == length && Arrays.equals(p.address, address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + length;
    }

    /** An address as Go prints it: dotted decimal, or IPv6 with the longest run of zero groups as {@code ::}. */
    static String text(byte[] ip) {
        if (ip.length == 4) {
            return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((ip[2 * i] & 0xff) << 8) | (ip[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
