package io.jcompose.model.validate;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;

/**
 * Each network a service joins must be declared at the top level ({@code default} is implied), and a service
 * with a network_mode cannot also join networks.
 */
final class NetworkRule implements ServiceRule {

    private static final String DEFAULT = "default";

    @Override
    public void check(ServiceView service, ProjectView project) {
        Node networks = service.node().getOrNull("networks");
        if (networks instanceof MapNode map) {
            for (String name : map.keys()) {
                if (!declared(name, project)) {
                    throw undefined(service, name, map.keyPosition(name));
                }
            }
        } else {
            for (Node item : service.items("networks")) {
                if (item instanceof ScalarNode s && !declared(s.asText(), project)) {
                    throw undefined(service, s.asText(), s.position());
                }
            }
        }
        boolean joinsNetworks = networks instanceof MapNode m ? m.size() > 0 : !service.items("networks").isEmpty();
        if (joinsNetworks && service.text("network_mode").filter(mode -> !mode.isEmpty()).isPresent()) {
            throw ServiceRule.invalid(service.node().keyPosition("network_mode"), "service \"" + service.name()
                    + "\" declares mutually exclusive network_mode and networks");
        }
    }

    private static boolean declared(String name, ProjectView project) {
        return project.networks().contains(name) || name.equals(DEFAULT);
    }

    private static RuntimeException undefined(ServiceView service, String network,
            io.jcompose.model.tree.Position at) {
        return ServiceRule.invalid(at, "service \"" + service.name() + "\" refers to undefined network \""
                + network + "\"");
    }
}
