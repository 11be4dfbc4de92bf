package io.jcompose.model.validate;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.ScalarNode;
import java.util.regex.Pattern;

/**
 * {@code restart} must be a policy the engine knows; docker compose accepts any string here and the engine
 * refuses it only when the container is created, after the rest of the stack has started.
 */
final class RestartPolicyRule implements ServiceRule {

    private static final Pattern POLICY = Pattern.compile("no|always|unless-stopped|on-failure(:\\d+)?");

    @Override
    public void check(ServiceView service, ProjectView project) {
        service.scalar("restart").filter(ScalarNode::isString).ifPresent(s -> {
            if (!POLICY.matcher(s.asText()).matches()) {
                throw new ComposeFileException(s.position(), service.path().key("restart"),
                        "\"" + s.asText() + "\" is not a valid restart policy (expected no, always, unless-stopped"
                                + " or on-failure[:MAX_RETRIES])");
            }
        });
    }
}
