package io.jcompose.network.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain name as a list of labels, kept in the case it was written (answers echo the question's case) and
 * compared case-insensitively through {@link #key()}. Each label character is one wire byte (ISO-8859-1).
 */
public record DnsName(List<String> labels) {

    public static final DnsName ROOT = new DnsName(List.of());

    static final int MAX_LABEL = 63;
    static final int MAX_WIRE_LENGTH = 255;

    public DnsName {
        labels = List.copyOf(labels);
        int wire = 1;
        for (String label : labels) {
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                throw new DnsFormatException("DNS label \"" + label + "\" must have 1 to 63 bytes");
            }
            wire += 1 + label.length();
        }
        if (wire > MAX_WIRE_LENGTH) {
            throw new DnsFormatException("DNS name \"" + String.join(".", labels) + "\" is longer than 255 bytes");
        }
    }

    /** Parses dotted text such as {@code web}, {@code web.example.} or {@code .} (the root); no escapes. */
    public static DnsName of(String text) {
        String s = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (s.isEmpty()) {
            return ROOT;
        }
        List<String> labels = new ArrayList<>();
        for (String label : s.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new DnsFormatException("invalid DNS name \"" + text + "\": empty label");
            }
            for (int i = 0; i < label.length(); i++) {
                if (label.charAt(i) > 0xff) {
                    throw new DnsFormatException("invalid DNS name \"" + text + "\": character '"
                            + label.charAt(i) + "' is not one byte");
                }
            }
            labels.add(label);
        }
        try {
            return new DnsName(labels);
        } catch (DnsFormatException e) {
            throw new DnsFormatException("invalid DNS name \"" + text + "\": " + e.getMessage());
        }
    }

    /** The name lower-cased (ASCII only, as DNS compares) without a trailing dot: the lookup key. */
    public String key() {
        return lowerAscii(toString());
    }

    /** Lower-cases ASCII letters only, the case folding RFC 4343 defines for DNS names. */
    public static String lowerAscii(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? s : new String(chars);
    }

    public boolean isRoot() {
        return labels.isEmpty();
    }

    /** The dotted name without a trailing dot, or {@code .} for the root. */
    @Override
    public String toString() {
        return labels.isEmpty() ? "." : String.join(".", labels);
    }
}
