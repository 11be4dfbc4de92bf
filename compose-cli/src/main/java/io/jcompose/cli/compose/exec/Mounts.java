package io.jcompose.cli.compose.exec;

import io.jcompose.engine.api.json.MountJson;
import io.jcompose.model.project.Mount;
import io.jcompose.model.project.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's {@code volumes} as the engine takes them: binds that may create their host path as {@code Binds}
 * (the only form that creates it, as docker compose sends them), other binds and tmpfs as {@code Mounts}.
 * Named and anonymous volumes are refused before planning ({@link VolumeSupport}).
 */
final class Mounts {

    private Mounts() {
    }

    static List<String> binds(Service s) {
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
            }
        }
        return binds;
    }

    static List<MountJson> mounts(Service s) {
        List<MountJson> mounts = new ArrayList<>();
        for (Mount m : s.volumes()) {
            if (m.type().equals("bind") && !isLegacyBind(m)) {
                String propagation = m.bind() == null ? null : m.bind().propagation();
                mounts.add(new MountJson(m.target(), m.source(), "bind", m.readOnly() ? true : null, null,
                        propagation == null || propagation.isEmpty() ? null
                                : new MountJson.BindOptions(propagation, null, null), null, null));
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
}
