package io.jcompose.runtime.volume;

import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.MountJson;
import io.jcompose.volumes.VolumeException;
import io.jcompose.volumes.VolumeMount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The volume mounts in a container's {@code HostConfig}: {@code Binds} whose source is not an absolute path and
 * {@code Mounts} of type {@code volume}, in the order given.
 */
public final class ContainerVolumes {

    private ContainerVolumes() {
    }

    /** Every volume mount, checked: a bad entry fails with docker's message. */
    public static List<VolumeMount> of(HostConfigJson host) {
        List<VolumeMount> out = new ArrayList<>();
        for (String bind : host.binds() == null ? List.<String>of() : host.binds()) {
            VolumeMount.ofBind(bind).ifPresent(out::add);
        }
        for (MountJson m : host.mounts() == null ? List.<MountJson>of() : host.mounts()) {
            ofMount(m).ifPresent(out::add);
        }
        return out;
    }

    /** A {@code Mounts} entry as a volume mount, or empty for the other types. */
    public static Optional<VolumeMount> ofMount(MountJson m) {
        if (m.type() != null && !m.type().equals("volume")) {
            return Optional.empty();
        }
        MountJson.VolumeOptions o = m.volumeOptions();
        return Optional.of(VolumeMount.ofMount(m.source(), m.target(), Boolean.TRUE.equals(m.readOnly()),
                o != null && Boolean.TRUE.equals(o.noCopy()), o == null ? null : o.subpath()));
    }

    /** The named volumes a container uses, skipping entries that do not parse (they never started). */
    public static Set<String> names(HostConfigJson host) {
        Set<String> names = new HashSet<>();
        for (String bind : host.binds() == null ? List.<String>of() : host.binds()) {
            try {
                VolumeMount.ofBind(bind).flatMap(VolumeMount::name).ifPresent(n -> names.add(n.value()));
            } catch (VolumeException e) {
                // not a volume a container could have used
            }
        }
        for (MountJson m : host.mounts() == null ? List.<MountJson>of() : host.mounts()) {
            try {
                ofMount(m).flatMap(VolumeMount::name).ifPresent(n -> names.add(n.value()));
            } catch (VolumeException e) {
                // idem
            }
        }
        return names;
    }

    /** A container as a volume user. */
    public static VolumeUser user(String containerId, boolean running, HostConfigJson host) {
        return new VolumeUser(containerId, running, names(host == null ? HostConfigJson.empty() : host));
    }
}
