package io.jcompose.volumes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code driver_opts} of docker's local driver: {@code type}, {@code device} and {@code o} make the volume a
 * mount (a tmpfs, a bind of a host path with {@code o=bind}, a block device); without them it is a plain
 * directory. Checked at create with docker's messages, so a bad volume never reaches a container.
 */
public record LocalDriverOptions(Map<String, String> options) {

    private static final List<String> KEYS = List.of("type", "device", "o", "size");

    public LocalDriverOptions {
        options = Map.copyOf(options);
    }

    public static LocalDriverOptions none() {
        return new LocalDriverOptions(Map.of());
    }

    /** Validates the options (keys in the order docker checks them). */
    public static LocalDriverOptions of(Map<String, String> options) {
        Map<String, String> sorted = new TreeMap<>(options == null ? Map.of() : options);
        for (String key : sorted.keySet()) {
            if (!KEYS.contains(key)) {
                throw VolumeException.invalid("invalid option key: \"" + key + "\"");
            }
        }
        requires(sorted, "device", "type");
        requires(sorted, "type", "device");
        requires(sorted, "o", "device");
        requires(sorted, "o", "type");
        if (sorted.containsKey("size")) {
            throw VolumeException.invalid("quota size requested but no quota support");
        }
        return new LocalDriverOptions(sorted);
    }

    private static void requires(Map<String, String> options, String key, String required) {
        if (options.containsKey(key) && !options.containsKey(required)) {
            throw VolumeException.invalid("missing required option: \"" + required + "\"");
        }
    }

    /** Whether the volume's data directory is a mount made at first use. */
    public boolean mounted() {
        return options.containsKey("device") || options.containsKey("type");
    }

    /** What to mount on the data directory, if anything. */
    public Optional<MountArgs> mountArgs() {
        if (!mounted()) {
            return Optional.empty();
        }
        String device = options.getOrDefault("device", "");
        if (device.isEmpty()) {
            throw VolumeException.invalid("missing device in volume options");
        }
        MountOptions o = MountOptions.of(options.get("o"));
        return Optional.of(new MountArgs(device, options.get("type"), o.flags(), o.data()));
    }

    /** One {@code mount(2)} call: source, file system type, flags and data. */
    public record MountArgs(String source, String type, long flags, String data) {

        /** A bind of a host path ({@code o=bind}): the source must be a directory that exists. */
        public boolean bind() {
            return (flags & MountOptions.MS_BIND) != 0;
        }
    }
}
