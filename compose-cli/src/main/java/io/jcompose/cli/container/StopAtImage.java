package io.jcompose.cli.container;

import java.util.Set;
import picocli.CommandLine;

/**
 * Makes {@code run} and {@code create} stop reading their own flags at IMAGE (and {@code exec} and {@code top} at
 * CONTAINER; compose's {@code run} and {@code exec} at SERVICE), so that in {@code run busybox sh -c 'exit 3'} the {@code -c} belongs to the container's command, as
 * in docker. Applied
 * once the tree is built, because picocli hands each subcommand its parent's parser settings when it is added.
 */
public final class StopAtImage {

    private static final Set<String> COMMANDS = Set.of("run", "create", "exec", "top");
    /** The compose commands that take SERVICE then a command line. */
    private static final Set<String> COMPOSE_COMMANDS = Set.of("run", "exec");

    private StopAtImage() {
    }

    /** Sets the rule on the {@code container} group's commands that take a command line, if it is registered. */
    public static void apply(CommandLine root) {
        root.getSubcommands().forEach((name, sub) -> {
            if (COMPOSE_COMMANDS.contains(name)) {
                sub.setStopAtPositional(true);
            }
        });
        CommandLine group = root.getSubcommands().get("container");
        if (group == null) {
            return;
        }
        group.getSubcommands().forEach((name, sub) -> {
            if (COMMANDS.contains(name)) {
                sub.setStopAtPositional(true);
            }
        });
    }
}
