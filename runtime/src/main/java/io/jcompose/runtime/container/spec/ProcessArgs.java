package io.jcompose.runtime.container.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Docker's rules for the argv of a container from the image's Entrypoint and Cmd and what the create request
 * overrides, so that images behave here as they do under {@code docker run}.
 *
 * <ul>
 *   <li>no entrypoint override: the image's entrypoint, then the Cmd override if it is non-empty, else the image's
 *   Cmd;</li>
 *   <li>entrypoint {@code []}: no entrypoint, Cmd as above (the image's Cmd stays when none is given);</li>
 *   <li>entrypoint {@code [""]} ({@code docker run --entrypoint ""}): no entrypoint and only the Cmd override;</li>
 *   <li>any other entrypoint: it, then only the Cmd override (the image's Cmd is dropped).</li>
 * </ul>
 */
public final class ProcessArgs {

    private ProcessArgs() {
    }

    /** The argv to run; fails with Docker's {@code no command specified} when it would be empty. */
    public static List<String> argv(Optional<List<String>> entrypoint, Optional<List<String>> cmd,
                                    List<String> imageEntrypoint, List<String> imageCmd) {
        List<String> cmdOverride = cmd.orElse(List.of());
        List<String> effectiveEntrypoint;
        List<String> effectiveCmd;
        if (entrypoint.isEmpty() || entrypoint.get().isEmpty()) {
            effectiveEntrypoint = entrypoint.isEmpty() ? imageEntrypoint : List.of();
            effectiveCmd = cmdOverride.isEmpty() ? imageCmd : cmdOverride;
        } else {
            List<String> given = entrypoint.get();
            effectiveEntrypoint = given.size() == 1 && given.getFirst().isEmpty() ? List.of() : given;
            effectiveCmd = cmdOverride;
        }
        List<String> argv = new ArrayList<>(effectiveEntrypoint);
        argv.addAll(effectiveCmd);
        if (argv.isEmpty()) {
            throw new SpecException("no command specified");
        }
        if (argv.getFirst().isEmpty()) {
            throw new SpecException("no command specified: the command to run is the empty string");
        }
        return List.copyOf(argv);
    }

    /** {@code argv} behind the init process, which reaps zombies and forwards signals: {@code init -- argv}. */
    public static List<String> behindInit(String initPath, List<String> argv) {
        List<String> all = new ArrayList<>(argv.size() + 2);
        all.add(initPath);
        all.add("--");
        all.addAll(argv);
        return List.copyOf(all);
    }
}
