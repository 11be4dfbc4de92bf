package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.value.InvalidValueException;
import io.jcompose.model.value.VolumeSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a service's {@code volumes}: the short syntax becomes the long one ({@code type}, {@code source},
 * {@code target}, {@code read_only}, {@code bind: {create_host_path: true}} for binds, {@code volume: {}} for
 * volumes); long entries get {@code bind.create_host_path: true} when they have a {@code bind} section; targets are
 * cleaned like Go's path.Clean.
 */
final class VolumeMountRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        return switch (node) {
            case ScalarNode s when s.value() instanceof String text -> {
                try {
                    yield defaults(longForm(VolumeSpec.of(text), text.length() > 2, s.position()));
                } catch (InvalidValueException e) {
                    throw context.error(s, e);
                }
            }
            case MapNode m -> defaults(m);
            default -> throw context.error(node, "a volume must be a string or a mapping, got a " + node.kind());
        };
    }

    private static MapNode longForm(VolumeSpec spec, boolean parsed, Position at) {
        Map<String, Node> e = new LinkedHashMap<>();
        e.put("type", Nodes.text(spec.type(), at));
        if (!spec.source().isEmpty()) {
            e.put("source", Nodes.text(spec.source(), at));
        }
        e.put("target", Nodes.text(GoPath.clean(spec.target()), at));
        if (spec.readOnly()) {
            e.put("read_only", ScalarNode.of(true, at));
        }
        if (spec.isBind() || !spec.selinux().isEmpty() || !spec.propagation().isEmpty()) {
            Map<String, Node> bind = new LinkedHashMap<>();
            if (!spec.selinux().isEmpty()) {
                bind.put("selinux", Nodes.text(spec.selinux(), at));
            }
            if (!spec.propagation().isEmpty()) {
                bind.put("propagation", Nodes.text(spec.propagation(), at));
            }
            if (spec.isBind()) {
                bind.put("create_host_path", ScalarNode.of(true, at));
            }
            e.put("bind", Nodes.map(bind, at));
        }
        if (spec.noCopy() || !spec.isBind() && parsed) {
            Map<String, Node> volume = new LinkedHashMap<>();
            if (spec.noCopy()) {
                volume.put("nocopy", ScalarNode.of(true, at));
            }
            e.put("volume", Nodes.map(volume, at));
        }
        return Nodes.map(e, at);
    }

    private static MapNode defaults(MapNode m) {
        MapNode result = m;
        if (m.getOrNull("bind") instanceof MapNode bind && !bind.has("create_host_path")) {
            result = result.with("bind", bind.with("create_host_path", ScalarNode.of(true, bind.position())));
        }
        if (m.getOrNull("target") instanceof ScalarNode t && t.value() instanceof String text && !text.isEmpty()) {
            result = result.with("target", t.withValue(GoPath.clean(text)));
        }
        return result;
    }
}
