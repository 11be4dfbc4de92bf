package io.jcompose.network.link;

import java.io.IOException;

/** Kernel parameters the engine sets (forwarding on the host, no IPv6 address-check delays in containers). */
public interface Sysctl {

    /** The value of a host parameter such as {@code net.ipv4.ip_forward}. */
    String get(String key) throws IOException;

    /** Sets a host parameter. */
    void set(String key, String value) throws IOException;

    /** Sets a parameter inside a named network namespace. */
    void setInNamespace(String namespace, String key, String value) throws IOException;

    /** Lets the host route between bridges and out (Docker turns this on when it starts). */
    default void enableIpv4Forwarding() throws IOException {
        if (!"1".equals(get("net.ipv4.ip_forward"))) {
            set("net.ipv4.ip_forward", "1");
        }
    }

    /** Turns off IPv6 duplicate address detection in a namespace so its addresses work at once. */
    default void disableDuplicateAddressDetection(String namespace) throws IOException {
        setInNamespace(namespace, "net.ipv6.conf.all.accept_dad", "0");
        setInNamespace(namespace, "net.ipv6.conf.default.accept_dad", "0");
    }

    /** Checks a key ({@code net.ipv4.ip_forward}) and returns it. */
    static String key(String key) {
        if (key == null || !key.matches("[a-z0-9_]+(\\.[A-Za-z0-9_@-]+)+")) {
            throw new IllegalArgumentException("invalid sysctl key: \"" + key + "\"");
        }
        return key;
    }

    /** Checks a value and returns it. */
    static String value(String value) {
        if (value == null || !value.matches("[A-Za-z0-9 ._:-]*")) {
            throw new IllegalArgumentException("invalid sysctl value: \"" + value + "\"");
        }
        return value;
    }
}
