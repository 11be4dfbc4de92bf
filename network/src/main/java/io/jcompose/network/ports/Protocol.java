package io.jcompose.network.ports;

import java.util.Locale;

/** The transport of a published port; docker's {@code sctp} is refused because the proxy cannot carry it. */
public enum Protocol {
    TCP, UDP;

    /** Parses {@code tcp} or {@code udp} (any case); {@code context} names the port spec in the message. */
    public static Protocol parse(String text, String context) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            default -> throw new IllegalArgumentException("port \"" + context + "\": unsupported protocol \"" + text
                    + "\" (expected tcp or udp)");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
