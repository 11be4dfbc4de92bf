package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Mount;
import io.jcompose.model.project.Service;
import java.util.Set;

/** Refuses what the engine cannot do yet, before anything is touched: named and anonymous volumes. */
public final class VolumeSupport {

    private static final Set<String> SUPPORTED = Set.of("bind", "tmpfs");

    private VolumeSupport() {
    }

    public static void check(Desired desired) {
        String file = desired.configFiles().isEmpty() ? "compose.yaml" : desired.configFiles().getFirst();
        for (Service s : desired.project().services().values()) {
            for (Mount m : s.volumes()) {
                if (!SUPPORTED.contains(m.type())) {
                    String what = m.source() == null || m.source().isEmpty() ? "an anonymous volume"
                            : m.type() + " \"" + m.source() + "\"";
                    throw new ComposeException(file + ": service \"" + s.name() + "\": " + what + " at "
                            + m.target() + " is not supported yet (the engine has no volumes yet); use a bind "
                            + "mount or remove it");
                }
            }
        }
    }
}
