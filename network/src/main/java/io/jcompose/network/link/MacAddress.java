package io.jcompose.network.link;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** An Ethernet address in canonical form ({@code 02:42:ac:11:00:02}), as Docker shows and takes it. */
public record MacAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("([0-9a-f]{2}:){5}[0-9a-f]{2}");

    public MacAddress {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid MAC address: \"" + value + "\"");
        }
    }

    /** Parses {@code aa:bb:cc:dd:ee:ff} (either case, ':' or '-' between bytes). */
    public static MacAddress of(String text) {
        String s = text == null ? null : text.strip().toLowerCase(Locale.ROOT).replace('-', ':');
        if (s == null || !FORMAT.matcher(s).matches()) {
            throw new IllegalArgumentException("invalid MAC address: \"" + text + "\"");
        }
        return new MacAddress(s);
    }

    /** Docker's address for an endpoint with an IPv4 address: 02:42 then the four address bytes. */
    public static MacAddress fromIpv4(InetAddress ipv4) {
        byte[] a = ipv4.getAddress();
        if (a.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + ipv4.getHostAddress());
        }
        return new MacAddress("02:42:" + HexFormat.ofDelimiter(":").formatHex(a));
    }

    /** A random locally administered unicast address with Docker's 02:42 prefix. */
    public static MacAddress random(RandomGenerator random) {
        byte[] a = new byte[4];
        random.nextBytes(a);
        return new MacAddress("02:42:" + HexFormat.ofDelimiter(":").formatHex(a));
    }

    @Override
    public String toString() {
        return value;
    }
}
