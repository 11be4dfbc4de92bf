package io.jcompose.model.validate;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.Map;
import java.util.Set;

/**
 * A dependency must name a service of the project (unless marked {@code required: false}) and use one of the
 * three conditions Compose knows.
 */
final class DependsOnRule implements ServiceRule {

    static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy",
            "service_completed_successfully");

    @Override
    public void check(ServiceView service, ProjectView project) {
        Node dependsOn = service.node().getOrNull("depends_on");
        if (dependsOn instanceof MapNode map) {
            for (Map.Entry<String, Node> e : map.entries().entrySet()) {
                MapNode spec = e.getValue() instanceof MapNode m ? m : MapNode.empty(e.getValue().position());
                boolean required = !spec.has("required") || !ServiceView.isFalse(spec.getOrNull("required"));
                if (required && !project.serviceNames().contains(e.getKey())) {
                    throw undefined(service, e.getKey(), map.keyPosition(e.getKey()));
                }
                checkCondition(service, e.getKey(), spec);
            }
        } else {
            for (Node item : service.items("depends_on")) {
                if (item instanceof ScalarNode s && !project.serviceNames().contains(s.asText())) {
                    throw undefined(service, s.asText(), s.position());
                }
            }
        }
    }

    private static RuntimeException undefined(ServiceView service, String dependency,
            io.jcompose.model.tree.Position at) {
        return ServiceRule.invalid(at, "service \"" + service.name() + "\" depends on undefined service \""
                + dependency + "\"");
    }

    private static void checkCondition(ServiceView service, String dependency, MapNode spec) {
        if (spec.getOrNull("condition") instanceof ScalarNode c && !c.isNull()
                && !CONDITIONS.contains(c.asText())) {
            throw ServiceRule.invalid(c.position(), "service \"" + service.name() + "\" depends on \""
                    + dependency + "\" with invalid condition \"" + c.asText()
                    + "\" (expected service_started, service_healthy or service_completed_successfully)");
        }
    }
}
