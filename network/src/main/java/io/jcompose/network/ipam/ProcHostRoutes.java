package io.jcompose.network.ipam;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The host's routes read from {@code /proc/net/route} and {@code /proc/net/ipv6_route} (no process to run). */
public final class ProcHostRoutes implements HostRoutes {

    private final Path ipv4Table;
    private final Path ipv6Table;

    public ProcHostRoutes() {
        this(Path.of("/proc/net/route"), Path.of("/proc/net/ipv6_route"));
    }

    public ProcHostRoutes(Path ipv4Table, Path ipv6Table) {
        this.ipv4Table = ipv4Table;
        this.ipv6Table = ipv6Table;
    }

    @Override
    public List<Cidr> routes() throws IOException {
        List<Cidr> routes = new ArrayList<>(parseIpv4(Files.readString(ipv4Table)));
        if (Files.exists(ipv6Table)) {
            routes.addAll(parseIpv6(Files.readString(ipv6Table)));
        }
        return List.copyOf(routes);
    }

    /** Parses {@code /proc/net/route}: hex destination and mask in the host's byte order, header line first. */
    static List<Cidr> parseIpv4(String table) {
        List<Cidr> routes = new ArrayList<>();
        for (String line : table.lines().skip(1).toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 8) {
                continue;
            }
            int mask = (int) Long.parseLong(f[7], 16);
            if (mask == 0) {
                continue;
            }
            byte[] dest = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder())
                    .putInt((int) Long.parseLong(f[1], 16)).array();
            routes.add(new Cidr(address(dest), Integer.bitCount(mask)).network());
        }
        return routes;
    }

    /** Parses {@code /proc/net/ipv6_route}: 32 hex digits of destination, then the prefix length in hex. */
    static List<Cidr> parseIpv6(String table) {
        List<Cidr> routes = new ArrayList<>();
        for (String line : table.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || f[0].length() != 32) {
                continue;
            }
            int prefix = Integer.parseInt(f[1], 16);
            if (prefix == 0) {
                continue;
            }
            routes.add(new Cidr(address(HexFormat.of().parseHex(f[0])), prefix).network());
        }
        return routes;
    }

    private static InetAddress address(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
