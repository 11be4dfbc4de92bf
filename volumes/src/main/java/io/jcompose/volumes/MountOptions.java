package io.jcompose.volumes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code o} option of a local volume, as mount(8) reads it: words naming mount flags ({@code ro},
 * {@code bind}, {@code nosuid}...) become {@code mount(2)} flags, the rest ({@code size=64m}, {@code uid=1000})
 * is the file system's data string.
 */
public record MountOptions(long flags, String data) {

    public static final long MS_RDONLY = 1;
    public static final long MS_BIND = 4096;
    public static final long MS_REC = 16384;

    /** Flags set by a word, and (for words such as {@code rw}) flags cleared. */
    private record Flag(long set, long clear) {
    }

    private static final Map<String, Flag> FLAGS = Map.ofEntries(
            Map.entry("defaults", new Flag(0, 0)),
            Map.entry("ro", new Flag(MS_RDONLY, 0)), Map.entry("rw", new Flag(0, MS_RDONLY)),
            Map.entry("nosuid", new Flag(2, 0)), Map.entry("suid", new Flag(0, 2)),
            Map.entry("nodev", new Flag(4, 0)), Map.entry("dev", new Flag(0, 4)),
            Map.entry("noexec", new Flag(8, 0)), Map.entry("exec", new Flag(0, 8)),
            Map.entry("sync", new Flag(16, 0)), Map.entry("async", new Flag(0, 16)),
            Map.entry("remount", new Flag(32, 0)),
            Map.entry("mand", new Flag(64, 0)), Map.entry("nomand", new Flag(0, 64)),
            Map.entry("dirsync", new Flag(128, 0)),
            Map.entry("noatime", new Flag(1024, 0)), Map.entry("atime", new Flag(0, 1024)),
            Map.entry("nodiratime", new Flag(2048, 0)), Map.entry("diratime", new Flag(0, 2048)),
            Map.entry("bind", new Flag(MS_BIND, 0)), Map.entry("rbind", new Flag(MS_BIND | MS_REC, 0)),
            Map.entry("relatime", new Flag(1L << 21, 0)), Map.entry("norelatime", new Flag(0, 1L << 21)),
            Map.entry("strictatime", new Flag(1L << 24, 0)));

    /** Splits {@code o} (comma-separated, may be empty or null) into flags and data. */
    public static MountOptions of(String o) {
        long flags = 0;
        List<String> data = new ArrayList<>();
        for (String word : o == null ? new String[0] : o.split(",")) {
            if (word.isEmpty()) {
                continue;
            }
            Flag flag = FLAGS.get(word);
            if (flag == null) {
                data.add(word);
            } else {
                flags = (flags | flag.set()) & ~flag.clear();
            }
        }
        return new MountOptions(flags, String.join(",", data));
    }

    public boolean bind() {
        return (flags & MS_BIND) != 0;
    }
}
