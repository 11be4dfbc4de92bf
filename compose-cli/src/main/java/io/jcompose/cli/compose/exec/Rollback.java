package io.jcompose.cli.compose.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code up} made (volumes, networks, containers), so that a failure can remove it again and leave nothing
 * half-made; safe to record into from parallel tasks.
 */
final class Rollback {

    /**
     * A made object: its kind ({@code Network}, {@code Container}), engine name and id; {@code keepVolumes}: a
     * container removed without its anonymous volumes (it inherited them from the container it replaced).
     */
    record Made(String kind, String name, String id, boolean keepVolumes) {

        Made(String kind, String name, String id) {
            this(kind, name, id, false);
        }
    }

    private final List<Made> made = new ArrayList<>();

    synchronized void network(String name, String id) {
        made.add(new Made("Network", name, id));
    }

    synchronized void volume(String name) {
        made.add(new Made("Volume", name, name));
    }

    synchronized void container(String name, String id) {
        made.add(new Made("Container", name, id));
    }

    /** A container that mounts volumes it inherited: undone without them. */
    synchronized void containerKeepingVolumes(String name, String id) {
        made.add(new Made("Container", name, id, true));
    }

    /** Newest first: containers before the networks they are attached to. */
    synchronized List<Made> newestFirst() {
        return List.copyOf(made).reversed();
    }
}
