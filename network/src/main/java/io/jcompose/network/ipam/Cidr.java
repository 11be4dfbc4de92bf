package io.jcompose.network.ipam;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 prefix such as {@code 172.18.0.0/16} or an address with its prefix length such as
 * {@code 172.18.0.1/16} (a gateway or an endpoint on a subnet). Parsed without name lookups.
 */
public record Cidr(InetAddress address, int prefixLength) {

    private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern V6 = Pattern.compile("[0-9a-fA-F:.]+");

    public Cidr {
        int bits = address.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("invalid prefix length " + prefixLength + " for "
                    + address.getHostAddress());
        }
    }

    /** Parses {@code ADDRESS/PREFIX}; a bare address is a single-host prefix (/32 or /128). */
    public static Cidr parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        InetAddress address = address(addr, text);
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid CIDR address: " + text);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("invalid CIDR address: " + text);
        }
        return new Cidr(address, prefix);
    }

    /** Parses a literal IPv4 or IPv6 address (never a host name). */
    public static InetAddress address(String literal, String context) {
        boolean v4 = V4.matcher(literal).matches();
        if (!v4 && !(literal.contains(":") && V6.matcher(literal).matches())) {
            throw new IllegalArgumentException("invalid IP address: " + context);
        }
        try {
            return InetAddress.ofLiteral(literal); // never a name lookup, even for "300.1.1.1"
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid IP address: " + context);
        }
    }

    public boolean isIpv6() {
        return address.getAddress().length == 16;
    }

    /** The network prefix itself (host bits zero): {@code 172.18.0.5/16} gives {@code 172.18.0.0/16}. */
    public Cidr network() {
        return new Cidr(fromNumber(number(address).and(mask()), isIpv6()), prefixLength);
    }

    /** Whether the address lies in this prefix. */
    public boolean contains(InetAddress other) {
        if (other.getAddress().length != address.getAddress().length) {
            return false;
        }
        return number(other).and(mask()).equals(number(address).and(mask()));
    }

    /** Whether the two prefixes share any address. */
    public boolean overlaps(Cidr other) {
        if (other.isIpv6() != isIpv6()) {
            return false;
        }
        return prefixLength <= other.prefixLength ? contains(other.address) : other.contains(address);
    }

    /** The n-th address of the prefix (0 is the network address). */
    public InetAddress addressAt(BigInteger n) {
        if (n.signum() < 0 || n.compareTo(size()) >= 0) {
            throw new IllegalArgumentException("address " + n + " is outside " + network());
        }
        return fromNumber(number(network().address).add(n), isIpv6());
    }

    /** The index of an address in this prefix (0 is the network address). */
    public BigInteger indexOf(InetAddress member) {
        if (!contains(member)) {
            throw new IllegalArgumentException(member.getHostAddress() + " is not in " + network());
        }
        return number(member).subtract(number(network().address));
    }

    /** How many addresses the prefix holds. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits() - prefixLength);
    }

    /** The same address with another prefix length. */
    public Cidr withPrefix(int length) {
        return new Cidr(address, length);
    }

    /** This address on this prefix's length ({@code 172.18.0.1/16} for the gateway of {@code 172.18.0.0/16}). */
    public static Cidr of(InetAddress address, int prefixLength) {
        return new Cidr(address, prefixLength);
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }

    private int bits() {
        return address.getAddress().length * 8;
    }

    private BigInteger mask() {
        return BigInteger.ONE.shiftLeft(bits()).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits() - prefixLength).subtract(BigInteger.ONE));
    }

    static BigInteger number(InetAddress a) {
        return new BigInteger(1, a.getAddress());
    }

    static InetAddress fromNumber(BigInteger n, boolean v6) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[v6 ? 16 : 4];
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
