package io.jcompose.network.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The names PTR queries ask for: {@code 4.3.2.1.in-addr.arpa} for IPv4, 32 nibbles then {@code ip6.arpa} for IPv6. */
public final class ReverseName {

    private ReverseName() {
    }

    /** The reverse-lookup name of an address. */
    public static DnsName of(InetAddress address) {
        byte[] bytes = address.getAddress();
        List<String> labels = new ArrayList<>();
        if (bytes.length == 4) {
            for (int i = 3; i >= 0; i--) {
                labels.add(Integer.toString(bytes[i] & 0xff));
            }
            labels.addAll(List.of("in-addr", "arpa"));
        } else {
            for (int i = 15; i >= 0; i--) {
                labels.add(Integer.toHexString(bytes[i] & 0xf));
                labels.add(Integer.toHexString(bytes[i] >> 4 & 0xf));
            }
            labels.addAll(List.of("ip6", "arpa"));
        }
        return new DnsName(labels);
    }

    /** The address a full reverse-lookup name stands for; empty for partial or other names. */
    public static Optional<InetAddress> address(DnsName name) {
        List<String> labels = name.labels();
        int n = labels.size();
        if (n == 6 && suffix(labels, "in-addr")) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                String label = labels.get(3 - i);
                if (!label.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(label) > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) Integer.parseInt(label);
            }
            return Optional.of(byAddress(bytes));
        }
        if (n == 34 && suffix(labels, "ip6")) {
            List<String> nibbles = new ArrayList<>(labels.subList(0, 32));
            Collections.reverse(nibbles);
            byte[] bytes = new byte[16];
            for (int i = 0; i < 32; i++) {
                int digit = nibbles.get(i).length() == 1 ? Character.digit(nibbles.get(i).charAt(0), 16) : -1;
                if (digit < 0) {
                    return Optional.empty();
                }
                bytes[i / 2] |= (byte) (i % 2 == 0 ? digit << 4 : digit);
            }
            return Optional.of(byAddress(bytes));
        }
        return Optional.empty();
    }

    private static boolean suffix(List<String> labels, String second) {
        int n = labels.size();
        return labels.get(n - 2).equalsIgnoreCase(second) && labels.get(n - 1).equalsIgnoreCase("arpa");
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
