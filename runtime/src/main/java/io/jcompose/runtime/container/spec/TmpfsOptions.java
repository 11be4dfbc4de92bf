package io.jcompose.runtime.container.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tmpfs mount options as Docker merges them: its safe defaults first, then the user's, where a user flag replaces
 * its opposite ({@code exec} drops {@code noexec}) and {@code key=value} replaces the same key.
 */
final class TmpfsOptions {

    /** Docker's defaults for a tmpfs the user asked for. */
    static final List<String> DEFAULTS = List.of("noexec", "nosuid", "nodev", "rprivate");

    private static final Map<String, String> OPPOSITES = Map.ofEntries(
            Map.entry("ro", "rw"), Map.entry("rw", "ro"),
            Map.entry("exec", "noexec"), Map.entry("noexec", "exec"),
            Map.entry("suid", "nosuid"), Map.entry("nosuid", "suid"),
            Map.entry("dev", "nodev"), Map.entry("nodev", "dev"),
            Map.entry("atime", "noatime"), Map.entry("noatime", "atime"),
            Map.entry("diratime", "nodiratime"), Map.entry("nodiratime", "diratime"),
            Map.entry("relatime", "norelatime"), Map.entry("norelatime", "relatime"),
            Map.entry("strictatime", "nostrictatime"), Map.entry("nostrictatime", "strictatime"),
            Map.entry("sync", "async"), Map.entry("async", "sync"));

    private TmpfsOptions() {
    }

    /** Docker's {@code HostConfig.Tmpfs} value ({@code "size=64m,mode=1777"}) merged over the defaults. */
    static List<String> merge(String userOptions) {
        return merge(userOptions.isBlank() ? List.of() : List.of(userOptions.split(",")));
    }

    static List<String> merge(List<String> userOptions) {
        List<String> merged = new ArrayList<>(DEFAULTS);
        for (String raw : userOptions) {
            String option = raw.strip();
            if (option.isEmpty()) {
                continue;
            }
            int eq = option.indexOf('=');
            if (eq >= 0) {
                String prefix = option.substring(0, eq + 1);
                merged.removeIf(existing -> existing.startsWith(prefix));
            } else {
                String opposite = OPPOSITES.get(option);
                if (opposite != null) {
                    merged.remove(opposite);
                }
                merged.remove(option);
            }
            merged.add(option);
        }
        return List.copyOf(merged);
    }
}
