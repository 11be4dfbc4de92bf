package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code extra_hosts}: list ({@code host=ip} or {@code host:ip}, comma-separated addresses) or mapping becomes the
 * sorted list of {@code host=ip} strings compose prints; brackets around IPv6 addresses are removed.
 */
final class ExtraHostsRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        List<String> entries = new ArrayList<>();
        switch (node) {
            case ListNode list -> {
                for (int i = 0; i < list.size(); i++) {
                    Node item = list.get(i);
                    String text = Nodes.textOf(item);
                    int sep = text == null ? -1 : text.indexOf('=');
                    if (sep < 0 && text != null) {
                        sep = text.indexOf(':');
                    }
                    if (sep < 0) {
                        throw context.index(i).error(item, "invalid additional host \"" + text
                                + "\", expected HOST=IP");
                    }
                    add(entries, text.substring(0, sep), List.of(text.substring(sep + 1).split(",")), item,
                            context.index(i));
                }
            }
            case MapNode map -> {
                for (Map.Entry<String, Node> e : new TreeMap<>(map.entries()).entrySet()) {
                    List<String> ips = new ArrayList<>();
                    if (e.getValue() instanceof ListNode l) {
                        l.items().forEach(ip -> ips.add(Nodes.textOf(ip)));
                    } else {
                        String v = Nodes.textOf(e.getValue());
                        ips.add(v == null ? "" : v);
                    }
                    add(entries, e.getKey(), ips, e.getValue(), context.key(e.getKey()));
                }
            }
            default -> {
                return node;
            }
        }
        entries.sort(null);
        List<Node> items = new ArrayList<>();
        entries.forEach(e -> items.add(Nodes.text(e, node.position())));
        return Nodes.list(items, node.position());
    }

    private static void add(List<String> entries, String host, List<String> ips, Node at, RuleContext context) {
        if (host.isEmpty() || host.contains(":") || host.contains("=")) {
            throw context.error(at, "bad host name \"" + host + "\"");
        }
        for (String ip : ips) {
            String clean = ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")
                    ? ip.substring(1, ip.length() - 1) : ip;
            entries.add(host + "=" + clean);
        }
    }
}
