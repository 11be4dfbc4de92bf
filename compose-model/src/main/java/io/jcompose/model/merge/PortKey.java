package io.jcompose.model.merge;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;

/**
 * The normalised identity of a port mapping, {@code host_ip:published:target/protocol}, the same whether the
 * mapping is written {@code "127.0.0.1:8080:80/tcp"}, {@code 80} or in the long form.
 */
final class PortKey {

    private static final String ANY_HOST = "0.0.0.0";

    private PortKey() {
    }

    static String of(Node item) {
        if (item instanceof MapNode m) {
            return format(ItemKeys.field(m, "host_ip", ""), ItemKeys.field(m, "published", ""),
                    ItemKeys.field(m, "target", ""), ItemKeys.field(m, "protocol", ""));
        }
        String text = Shapes.text(item);
        String protocol = "";
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            protocol = text.substring(slash + 1);
            text = text.substring(0, slash);
        }
        String host = "";
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close > 0 && close + 1 < text.length() && text.charAt(close + 1) == ':') {
                host = text.substring(1, close);
                text = text.substring(close + 2);
            }
        }
        int last = text.lastIndexOf(':');
        if (last < 0) {
            return format(host, "", text, protocol);
        }
        String target = text.substring(last + 1);
        String rest = text.substring(0, last);
        int previous = rest.lastIndexOf(':');
        if (previous < 0) {
            return format(host, rest, target, protocol);
        }
        return format(rest.substring(0, previous), rest.substring(previous + 1), target, protocol);
    }

    private static String format(String host, String published, String target, String protocol) {
        return (host.isEmpty() ? ANY_HOST : host) + ":" + published + ":" + target + "/"
                + (protocol.isEmpty() ? "tcp" : protocol);
    }
}
