package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Action;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.engine.api.json.MountJson;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service's file-sourced secrets and configs as read-only bind mounts, as docker compose v2 adds them after the
 * service's volumes: a target a volume already uses keeps the volume, a config's target a secret already uses
 * keeps the secret; an external secret or config is refused, as docker compose refuses it outside swarm.
 */
public final class FileMounts {

    private FileMounts() {
    }

    /** The bind mounts to add to a create body whose volumes are already {@code binds} and {@code mounts}. */
    public static List<MountJson> of(Service s, Project p, List<String> binds, List<MountJson> mounts) {
        Set<String> taken = new HashSet<>();
        binds.forEach(b -> taken.add(bindTarget(b)));
        mounts.forEach(m -> taken.add(clean(m.target())));
        List<MountJson> out = new ArrayList<>();
        for (FileGrant g : FileGrant.of(s, p)) {
            if (g.object() != null && g.object().external()) {
                throw new ComposeException("unsupported external " + g.kind().word() + " " + g.displayName());
            }
            if (g.mounted() && taken.add(g.target())) {
                out.add(new MountJson(g.target(), g.object().file(), "bind", true, null, null, null, null));
            }
        }
        return out;
    }

    /**
     * Docker compose's warnings for these services: an owner or mode on a bind-mounted secret or config is
     * ignored. One line per kind and service.
     */
    public static List<String> warnings(Project p, Iterable<String> services) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : services) {
            Service s = p.service(name);
            if (s == null) {
                continue;
            }
            for (FileGrant g : FileGrant.of(s, p)) {
                if (g.mounted() && g.ownedOrModed()) {
                    out.add(name + "\0" + g.kind().warningWord() + " `uid`, `gid` and `mode` are not supported, "
                            + "they will be ignored");
                }
            }
        }
        return out.stream().map(w -> w.substring(w.indexOf('\0') + 1)).toList();
    }

    /** The warnings for the services whose containers {@code plan} creates or recreates. */
    public static List<String> warnings(Project p, Plan plan) {
        Set<String> services = new LinkedHashSet<>();
        plan.of(Action.CreateContainer.class).forEach(c -> services.add(c.service()));
        plan.of(Action.RecreateContainer.class).forEach(r -> services.add(r.existing().service()));
        return warnings(p, services);
    }

    /** The container path of a {@code Binds} entry ({@code SOURCE:TARGET[:OPTIONS]}). */
    private static String bindTarget(String bind) {
        String[] parts = bind.split(":");
        return clean(parts.length > 1 ? parts[1] : parts[0]);
    }

    private static String clean(String target) {
        return target == null || target.isEmpty() ? "" : Path.of(target).normalize().toString();
    }
}
