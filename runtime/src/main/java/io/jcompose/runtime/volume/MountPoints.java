package io.jcompose.runtime.volume;

import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.MountJson;
import io.jcompose.volumes.VolumeException;
import io.jcompose.volumes.VolumeMount;
import io.jcompose.volumes.VolumeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A container's mounts as docker's inspect shows them ({@code Mounts}): binds with their host path, volumes with
 * their name and data directory (an anonymous one once the engine made it, at the first start), tmpfs; clients
 * such as docker compose read them to carry anonymous volumes over to a recreated container.
 */
final class MountPoints {

    private static final String DEFAULT_PROPAGATION = "rprivate";

    private final VolumeStore store;

    MountPoints(VolumeStore store) {
        this.store = store;
    }

    List<MountPointJson> of(String containerId, HostConfigJson host) {
        List<MountPointJson> out = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (String bind : host.binds() == null ? List.<String>of() : host.binds()) {
            ofBind(containerId, bind).filter(m -> targets.add(m.destination())).ifPresent(out::add);
        }
        for (MountJson m : host.mounts() == null ? List.<MountJson>of() : host.mounts()) {
            ofMount(containerId, m).filter(p -> targets.add(p.destination())).ifPresent(out::add);
        }
        for (VolumeRecord r : store.all()) {
            if (r.owner() != null && r.owner().containerId().equals(containerId) && targets.add(r.owner().target())) {
                out.add(volume(r.name(), r.owner().target(), "", true));
            }
        }
        return List.copyOf(out);
    }

    private Optional<MountPointJson> ofBind(String containerId, String spec) {
        Optional<VolumeMount> volume;
        try {
            volume = VolumeMount.ofBind(spec);
        } catch (VolumeException e) {
            return Optional.empty(); // refused at create; never mounted
        }
        if (volume.isPresent()) {
            return ofVolume(containerId, volume.get(), "z");
        }
        String[] parts = spec.split(":", -1);
        String mode = parts.length > 2 ? parts[2] : "";
        boolean readOnly = List.of(mode.split(",")).contains("ro");
        String propagation = List.of(mode.split(",")).stream()
                .filter(o -> o.matches("r?(shared|slave|private)")).findFirst().orElse(DEFAULT_PROPAGATION);
        return Optional.of(new MountPointJson("bind", null, parts[0], parts[1], null, mode, !readOnly, propagation));
    }

    private Optional<MountPointJson> ofMount(String containerId, MountJson m) {
        if (m.target() == null || m.target().isEmpty()) {
            return Optional.empty();
        }
        boolean readOnly = Boolean.TRUE.equals(m.readOnly());
        String type = m.type() == null ? "volume" : m.type();
        return switch (type) {
            case "bind" -> Optional.of(new MountPointJson("bind", null, m.source(), m.target(), null, "", !readOnly,
                    m.bindOptions() == null || m.bindOptions().propagation() == null
                            || m.bindOptions().propagation().isEmpty() ? DEFAULT_PROPAGATION
                            : m.bindOptions().propagation()));
            case "tmpfs" -> Optional.of(new MountPointJson("tmpfs", null, "", m.target(), null, "", !readOnly, ""));
            case "volume" -> {
                try {
                    yield ContainerVolumes.ofMount(m).flatMap(v -> ofVolume(containerId, v, ""));
                } catch (VolumeException e) {
                    yield Optional.empty();
                }
            }
            default -> Optional.empty();
        };
    }

    /** A named volume, or an anonymous one the engine made already (none before the first start). */
    private Optional<MountPointJson> ofVolume(String containerId, VolumeMount v, String mode) {
        if (v.name().isPresent()) {
            return Optional.of(volume(v.name().get().value(), v.target(), mode, !v.readOnly()));
        }
        return store.all().stream().filter(r -> r.owner() != null && r.owner().containerId().equals(containerId)
                && r.owner().target().equals(v.target())).findFirst()
                .map(r -> volume(r.name(), v.target(), mode, !v.readOnly()));
    }

    private MountPointJson volume(String name, String target, String mode, boolean rw) {
        String source = store.lookup(name).map(VolumeRecord::mountpoint)
                .orElseGet(() -> store.data(VolumeName.of(name)).toString());
        return new MountPointJson("volume", name, source, target, "local", mode, rw, "");
    }
}
