package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.json.HostConfigJson.PortBindingJson;
import java.util.List;
import java.util.Map;

/**
 * What {@code run} changes in a service for its one-off container, as docker compose v2 applies it: the name
 * ({@code PROJECT-SERVICE-run-SLUG}), overrides of command, entrypoint, user and directory, extra environment,
 * labels, binds and published ports, and whether the service's own ports and network aliases apply.
 *
 * @param slug         64 hex digits; the name holds its first 12 ({@code com.docker.compose.slug} holds it all)
 * @param name         the container's name
 * @param command      null: the service's
 * @param entrypoint   null: the service's
 * @param environment  added to (and overriding) the service's; a null value unsets a variable
 * @param publish      {@code -p}: container port ({@code 80/tcp}) to its bindings
 */
public record OneOff(String slug, String name, List<String> command, List<String> entrypoint,
        Map<String, String> environment, Map<String, String> labels, List<String> binds,
        Map<String, List<PortBindingJson>> publish, boolean servicePorts, boolean useAliases, String user,
        String workingDir, boolean tty, boolean interactive, boolean autoRemove) {

    public OneOff {
        command = command == null ? null : List.copyOf(command);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        labels = Map.copyOf(labels);
        binds = List.copyOf(binds);
        publish = Map.copyOf(publish);
    }

    /** docker compose v2's one-off name: {@code PROJECT-SERVICE-run-} and the slug's first 12 hex digits. */
    public static String name(String project, String service, String slug) {
        return project + "-" + service + "-run-" + slug.substring(0, 12);
    }

    /** A new random slug: 32 random bytes in hex, as docker's {@code stringid.GenerateRandomID}. */
    public static String newSlug(java.util.random.RandomGenerator random) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 32; i++) {
            hex.append(String.format("%02x", random.nextInt(256)));
        }
        return hex.toString();
    }
}
