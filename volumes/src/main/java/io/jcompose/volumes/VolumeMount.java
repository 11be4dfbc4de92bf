package io.jcompose.volumes;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A container's use of a volume, from {@code HostConfig.Binds} ({@code NAME:/path[:ro]}), from
 * {@code HostConfig.Mounts} of type {@code volume}, or from an image's {@code VOLUME}: the volume (empty for an
 * anonymous one), where it appears, and how.
 */
public record VolumeMount(Optional<VolumeName> name, String target, boolean readOnly, boolean noCopy,
        Optional<String> subpath) {

    public VolumeMount {
        if (target == null || target.isEmpty()) {
            throw VolumeException.invalid("invalid mount config for type \"volume\": field Target must not be empty");
        }
        if (!target.startsWith("/")) {
            throw VolumeException.invalid("invalid mount config for type \"volume\": invalid mount path: '" + target
                    + "' mount path must be absolute");
        }
        subpath = subpath.filter(s -> !s.isEmpty());
        subpath.ifPresent(VolumeMount::checkSubpath);
    }

    /** An anonymous volume at {@code target} (an image's {@code VOLUME}, or a bare {@code /path} bind). */
    public static VolumeMount anonymous(String target) {
        return new VolumeMount(Optional.empty(), target, false, false, Optional.empty());
    }

    /**
     * A {@code Binds} entry that names a volume, or empty when its source is a host path (an absolute path is a
     * bind mount, not a volume). A source that is neither gets docker's message about volume names.
     */
    public static Optional<VolumeMount> ofBind(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length == 1 && spec.startsWith("/")) {
            return Optional.of(anonymous(spec));
        }
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
            throw VolumeException.invalid("invalid volume specification: '" + spec + "'");
        }
        if (parts[0].startsWith("/")) {
            return Optional.empty();
        }
        VolumeName name = named(parts[0]);
        boolean readOnly = false;
        boolean noCopy = false;
        if (parts.length == 3) {
            for (String mode : parts[2].split(",")) {
                switch (mode) {
                    case "ro" -> readOnly = true;
                    case "nocopy" -> noCopy = true;
                    case "rw", "copy", "z", "Z", "consistent", "cached", "delegated" -> { }
                    default -> throw VolumeException.invalid("invalid mode: " + mode + " in '" + spec + "'");
                }
            }
        }
        return Optional.of(new VolumeMount(Optional.of(name), parts[1], readOnly, noCopy, Optional.empty()));
    }

    /** A {@code Mounts} entry of type {@code volume}; an empty or null source is an anonymous volume. */
    public static VolumeMount ofMount(String source, String target, boolean readOnly, boolean noCopy,
            String subpath) {
        Optional<VolumeName> name = source == null || source.isEmpty() ? Optional.empty() : Optional.of(named(source));
        return new VolumeMount(name, target, readOnly, noCopy, Optional.ofNullable(subpath));
    }

    /** The same mount of another volume (an anonymous one once it has its name). */
    public VolumeMount withName(VolumeName newName) {
        return new VolumeMount(Optional.of(newName), target, readOnly, noCopy, subpath);
    }

    private static VolumeName named(String source) {
        try {
            return VolumeName.of(source);
        } catch (VolumeException e) {
            throw new VolumeException(e.kind(), "create " + source + ": " + e.getMessage());
        }
    }

    private static void checkSubpath(String subpath) {
        Path p = Path.of(subpath).normalize();
        if (p.isAbsolute() || p.toString().isEmpty() || p.startsWith("..")) {
            throw VolumeException.invalid("invalid mount config for type \"volume\": subpath must be a relative path"
                    + " within the volume: '" + subpath + "'");
        }
    }
}
