package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;
import java.util.List;

/**
 * Checks that a normalised model hangs together (docker compose's consistency check): references between services
 * and to networks, volumes, secrets and configs resolve, each service can run, container names are unique.
 */
public final class SemanticValidator {

    /** In the order each service is checked; the first violation in service order is reported. */
    private static final List<ServiceRule> RULES = List.of(
            new ImageOrBuildRule(),
            new DependsOnRule(),
            new ServiceReferenceRule(),
            new NetworkRule(),
            new VolumeRule(),
            FileReferenceRule.secrets(),
            FileReferenceRule.configs(),
            new ContainerNameRule(),
            new RestartPolicyRule());

    private SemanticValidator() {
    }

    /** Undefined services, networks, volumes, secrets, configs; no image nor build; duplicate container names. */
    public static void validate(Node normalizedModel) {
        ProjectView project = ProjectView.of(normalizedModel);
        for (ServiceView service : project.services()) {
            for (ServiceRule rule : RULES) {
                rule.check(service, project);
            }
        }
    }
}
