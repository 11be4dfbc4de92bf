package io.jcompose.model.validate;

import io.jcompose.model.tree.ScalarNode;
import java.util.Optional;

/**
 * A container name identifies one container: it must not be shared by two services, nor given to a service that
 * runs several replicas.
 */
final class ContainerNameRule implements ServiceRule {

    @Override
    public void check(ServiceView service, ProjectView project) {
        Optional<ScalarNode> name = service.scalar("container_name").filter(n -> !n.asText().isEmpty());
        if (name.isEmpty()) {
            return;
        }
        String containerName = name.get().asText();
        for (ServiceView other : project.services()) {
            if (other == service) {
                break;
            }
            if (other.text("container_name").filter(containerName::equals).isPresent()) {
                throw ServiceRule.invalid(name.get().position(), "service \"" + service.name()
                        + "\" has container name \"" + containerName + "\" which is already used by service \""
                        + other.name() + "\"");
            }
        }
        long replicas = replicas(service);
        if (replicas > 1) {
            throw ServiceRule.invalid(name.get().position(), "service \"" + service.name()
                    + "\" sets container_name \"" + containerName + "\" but runs " + replicas
                    + " replicas; container names must be unique");
        }
    }

    private static long replicas(ServiceView service) {
        Optional<Long> deployed = service.map("deploy").map(d -> d.getOrNull("replicas"))
                .flatMap(ServiceView::integer);
        Optional<Long> scale = Optional.ofNullable(service.node().getOrNull("scale")).flatMap(ServiceView::integer);
        return Math.max(deployed.orElse(1L), scale.orElse(1L));
    }
}
