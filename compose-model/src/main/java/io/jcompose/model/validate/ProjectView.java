package io.jcompose.model.validate;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a normalised model the consistency rules look up: its services in order and the names each
 * top-level section declares.
 */
record ProjectView(List<ServiceView> services, Set<String> serviceNames, Set<String> networks,
        Set<String> volumes, Set<String> secrets, Set<String> configs) {

    public ProjectView {
        services = List.copyOf(services);
    }

    static ProjectView of(Node model) {
        MapNode root = model instanceof MapNode m ? m : MapNode.empty(model.position());
        List<ServiceView> services = new ArrayList<>();
        MapNode serviceMap = section(root, "services");
        for (Map.Entry<String, Node> e : serviceMap.entries().entrySet()) {
            if (e.getValue() instanceof MapNode service) {
                services.add(new ServiceView(e.getKey(), service, TreePath.ROOT.key("services").key(e.getKey()),
                        serviceMap.keyPosition(e.getKey())));
            }
        }
        return new ProjectView(services, serviceMap.keys(), section(root, "networks").keys(),
                section(root, "volumes").keys(), section(root, "secrets").keys(), section(root, "configs").keys());
    }

    private static MapNode section(MapNode root, String key) {
        return root.getOrNull(key) instanceof MapNode m ? m : MapNode.empty(root.position());
    }
}
