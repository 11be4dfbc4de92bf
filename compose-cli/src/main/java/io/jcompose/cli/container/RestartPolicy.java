package io.jcompose.cli.container;

import io.jcompose.engine.api.json.HostConfigJson.RestartPolicyJson;
import java.util.Set;

/** {@code --restart no|always|unless-stopped|on-failure[:MAX]}, checked before it reaches the engine. */
record RestartPolicy(String name, int maximumRetryCount) {

    private static final Set<String> NAMES = Set.of("no", "always", "unless-stopped", "on-failure");

    static RestartPolicy of(String text) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("invalid restart policy: \"" + text
                    + "\" (expected no, always, unless-stopped or on-failure[:max-retries])");
        }
        if (colon < 0) {
            return new RestartPolicy(name, 0);
        }
        if (!name.equals("on-failure")) {
            throw new IllegalArgumentException("invalid restart policy: \"" + text
                    + "\" (a maximum retry count only goes with on-failure)");
        }
        try {
            int count = Integer.parseInt(text.substring(colon + 1));
            if (count < 0) {
                throw new NumberFormatException();
            }
            return new RestartPolicy(name, count);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid restart policy: \"" + text
                    + "\" (the maximum retry count must be a number, 0 or more)");
        }
    }

    RestartPolicyJson toJson() {
        return new RestartPolicyJson(name, maximumRetryCount);
    }
}
