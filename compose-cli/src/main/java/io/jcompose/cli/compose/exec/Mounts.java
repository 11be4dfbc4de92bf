package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.json.MountJson;
import io.jcompose.model.project.Mount;
import io.jcompose.model.project.Service;
import io.jcompose.model.project.Volume;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's {@code volumes} as the engine takes them, chosen as docker compose v2 chooses: binds that may create
 * their host path and named volumes without advanced options as {@code Binds} (the older, widest-understood form;
 * only it creates a missing host path), everything else (other binds, named volumes with {@code nocopy} or a
 * subpath, anonymous volumes, tmpfs) as {@code Mounts}. A named volume's source is its engine name.
 */
final class Mounts {

    private Mounts() {
    }

    static List<String> binds(Service s, Map<String, Volume> volumes) {
        List<String> binds = new ArrayList<>();
        for (Mount m : s.volumes()) {
            if (isLegacyBind(m)) {
                List<String> options = new ArrayList<>();
                if (m.readOnly()) {
                    options.add("ro");
                }
                if (m.bind() != null && m.bind().propagation() != null && !m.bind().propagation().isEmpty()) {
                    options.add(m.bind().propagation());
                }
                binds.add(m.source() + ":" + m.target() + (options.isEmpty() ? "" : ":" + String.join(",", options)));
            } else if (isPlainNamedVolume(m)) {
                binds.add(volumeName(m, volumes) + ":" + m.target() + (m.readOnly() ? ":ro" : ""));
            }
        }
        return binds;
    }

    static List<MountJson> mounts(Service s, Map<String, Volume> volumes) {
        List<MountJson> mounts = new ArrayList<>();
        for (Mount m : s.volumes()) {
            if (m.type().equals("bind") && !isLegacyBind(m)) {
                String propagation = m.bind() == null ? null : m.bind().propagation();
                mounts.add(new MountJson(m.target(), m.source(), "bind", m.readOnly() ? true : null, null,
                        propagation == null || propagation.isEmpty() ? null
                                : new MountJson.BindOptions(propagation, null, null), null, null));
            } else if (m.type().equals("volume") && !isPlainNamedVolume(m)) {
                Mount.VolumeOptions o = m.volume();
                boolean noCopy = o != null && o.noCopy();
                String subpath = o == null || o.subpath() == null || o.subpath().isEmpty() ? null : o.subpath();
                mounts.add(new MountJson(m.target(), isAnonymous(m) ? null : volumeName(m, volumes), "volume",
                        m.readOnly() ? true : null, null, null,
                        noCopy || subpath != null ? new MountJson.VolumeOptions(noCopy ? true : null, null, subpath)
                                : null, null));
            } else if (m.type().equals("tmpfs")) {
                Mount.Tmpfs t = m.tmpfs();
                mounts.add(new MountJson(m.target(), null, "tmpfs", m.readOnly() ? true : null, null, null, null,
                        t == null ? null : new MountJson.TmpfsOptions(t.size() == null ? null : t.size().bytes(),
                                t.mode() == 0 ? null : t.mode())));
            }
        }
        return mounts;
    }

    private static boolean isLegacyBind(Mount m) {
        return m.type().equals("bind") && (m.bind() == null || m.bind().createHostPath());
    }

    /** A named volume with neither {@code nocopy} nor a subpath: docker compose sends it as a bind string. */
    private static boolean isPlainNamedVolume(Mount m) {
        return m.type().equals("volume") && !isAnonymous(m)
                && (m.volume() == null || !m.volume().noCopy()
                        && (m.volume().subpath() == null || m.volume().subpath().isEmpty()));
    }

    private static boolean isAnonymous(Mount m) {
        return m.source() == null || m.source().isEmpty();
    }

    /** The engine names of the project's volumes. */
    static Set<String> engineNames(Map<String, Volume> volumes) {
        Set<String> names = new HashSet<>();
        volumes.forEach((key, v) -> names.add(v == null || v.name() == null || v.name().isEmpty() ? key : v.name()));
        return names;
    }

    /** The engine name of the top-level volume a mount names (the loader made sure it is declared). */
    private static String volumeName(Mount m, Map<String, Volume> volumes) {
        Volume v = volumes.get(m.source());
        return v == null || v.name() == null || v.name().isEmpty() ? m.source() : v.name();
    }
}
