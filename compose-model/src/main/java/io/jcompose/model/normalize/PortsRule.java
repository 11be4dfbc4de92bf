package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.value.InvalidValueException;
import io.jcompose.model.value.PortMapping;
import io.jcompose.model.value.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ports}: each short entry becomes one long entry per container port ({@code mode: ingress},
 * {@code protocol: tcp} by default, {@code published} as a string); long entries get the same defaults.
 */
final class PortsRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof ListNode list)) {
            return node;
        }
        List<Node> ports = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.get(i);
            RuleContext at = context.index(i);
            switch (item) {
                case MapNode m -> ports.add(longForm(m, at));
                case ScalarNode s when s.value() instanceof String || s.value() instanceof Long -> {
                    try {
                        for (PortMapping p : PortSpec.of(s.asText()).expand()) {
                            ports.add(entry(p, s));
                        }
                    } catch (InvalidValueException e) {
                        throw at.error(s, e);
                    }
                }
                default -> throw at.error(item, "a port must be a string, a number or a mapping, got a "
                        + item.kind());
            }
        }
        return list.withItems(ports);
    }

    private static MapNode entry(PortMapping p, ScalarNode source) {
        Map<String, Node> e = new LinkedHashMap<>();
        e.put("mode", Nodes.text("ingress", source.position()));
        if (!p.hostIp().isEmpty()) {
            e.put("host_ip", Nodes.text(p.hostIp(), source.position()));
        }
        e.put("target", ScalarNode.of((long) p.target(), source.position()));
        if (!p.published().isEmpty()) {
            e.put("published", Nodes.text(p.published(), source.position()));
        }
        e.put("protocol", Nodes.text(p.protocol(), source.position()));
        return Nodes.map(e, source.position());
    }

    private static MapNode longForm(MapNode m, RuleContext at) {
        MapNode result = m;
        if (!m.has("mode")) {
            result = result.with("mode", Nodes.text("ingress", m.position()));
        }
        if (!m.has("protocol")) {
            result = result.with("protocol", Nodes.text("tcp", m.position()));
        }
        Node published = m.getOrNull("published");
        if (published instanceof ScalarNode s && !s.isNull() && !(s.value() instanceof String)) {
            result = result.with("published", s.withValue(s.asText()));
        }
        Node target = m.getOrNull("target");
        if (target instanceof ScalarNode s && s.value() instanceof String text) {
            try {
                result = result.with("target", s.withValue(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                throw at.key("target").error(s, "\"" + text + "\" is not a valid port number");
            }
        }
        return result;
    }
}
