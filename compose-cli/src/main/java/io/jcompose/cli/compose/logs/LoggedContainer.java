package io.jcompose.cli.compose.logs;

import io.jcompose.cli.compose.plan.ObservedContainer;

/**
 * A container whose output is printed, with the name docker compose v2 shows for it: {@code web-1} for the default
 * {@code PROJECT-web-1}, a {@code container_name} as it is.
 */
public record LoggedContainer(String id, String name, String service, int number) {

    public static LoggedContainer of(String project, ObservedContainer c) {
        String prefix = project + "-";
        String defaultName = prefix + c.service() + "-" + c.number();
        String shown = c.name().equals(defaultName) ? c.name().substring(prefix.length()) : c.name();
        return new LoggedContainer(c.id(), shown, c.service(), c.number());
    }
}
