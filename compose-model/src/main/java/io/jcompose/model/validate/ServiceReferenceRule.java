package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;

/**
 * Fields that borrow another service's namespace or volumes ({@code network_mode: service:X}, {@code ipc},
 * {@code pid}, {@code volumes_from}) must name a service of the project.
 */
final class ServiceReferenceRule implements ServiceRule {

    private static final String SERVICE_PREFIX = "service:";
    private static final String CONTAINER_PREFIX = "container:";

    @Override
    public void check(ServiceView service, ProjectView project) {
        for (String field : new String[] {"network_mode", "ipc", "pid"}) {
            service.scalar(field).ifPresent(mode -> {
                String text = mode.asText();
                if (text.startsWith(SERVICE_PREFIX)) {
                    require(service, project, text.substring(SERVICE_PREFIX.length()), field, mode);
                }
            });
        }
        for (Node item : service.items("volumes_from")) {
            if (item instanceof ScalarNode s && !s.asText().startsWith(CONTAINER_PREFIX)) {
                String text = s.asText();
                int colon = text.indexOf(':');
                require(service, project, colon < 0 ? text : text.substring(0, colon), "volumes_from", s);
            }
        }
    }

    private static void require(ServiceView service, ProjectView project, String name, String field,
            ScalarNode at) {
        if (!project.serviceNames().contains(name)) {
            throw ServiceRule.invalid(at.position(), "service \"" + service.name() + "\" refers to undefined service \""
                    + name + "\" in " + field);
        }
    }
}
