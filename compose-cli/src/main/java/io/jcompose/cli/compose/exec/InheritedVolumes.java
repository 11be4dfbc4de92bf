package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.engine.api.json.MountJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A recreated container's anonymous volumes carried over from the container it replaces, as docker compose does
 * unless {@code up -V}: an image {@code VOLUME} or {@code volumes: [/path]} keeps its data across a config change,
 * except where the new config now mounts a named volume, a bind or a tmpfs.
 */
final class InheritedVolumes {

    /** The engine's names for anonymous volumes: 64 hex digits. */
    private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

    private InheritedVolumes() {
    }

    /**
     * The service's {@code Mounts} with each anonymous volume of {@code old} mounted by name at its destination,
     * in place of a fresh anonymous volume there; {@code binds} and {@code tmpfs} are the new body's, {@code named}
     * the engine names of the project's volumes (never inherited: the new config says which it wants).
     */
    static List<MountJson> merge(List<MountJson> mounts, List<String> binds, Map<String, String> tmpfs,
            List<MountPointJson> old, Set<String> named) {
        if (old == null || old.isEmpty()) {
            return mounts;
        }
        Set<String> covered = new HashSet<>(tmpfs == null ? Set.of() : tmpfs.keySet());
        for (String bind : binds) {
            String[] parts = bind.split(":");
            covered.add(clean(parts.length > 1 ? parts[1] : parts[0]));
        }
        for (MountJson m : mounts) {
            if (!isAnonymous(m)) {
                covered.add(clean(m.target()));
            }
        }
        List<MountJson> out = new ArrayList<>(mounts);
        for (MountPointJson p : old) {
            if (!"volume".equals(p.type()) || p.name() == null || !ANONYMOUS.matcher(p.name()).matches()
                    || named.contains(p.name()) || p.destination() == null) {
                continue;
            }
            String target = clean(p.destination());
            if (!covered.add(target)) {
                continue;
            }
            Boolean readOnly = p.rw() ? null : Boolean.TRUE;
            for (MountJson m : mounts) {
                if (isAnonymous(m) && clean(m.target()).equals(target)) {
                    out.remove(m);
                    readOnly = m.readOnly();
                }
            }
            out.add(new MountJson(target, p.name(), "volume", readOnly, null, null, null, null));
        }
        return out;
    }

    private static boolean isAnonymous(MountJson m) {
        return "volume".equals(m.type()) && (m.source() == null || m.source().isEmpty());
    }

    private static String clean(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
