package io.jcompose.runtime.container.spec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of a container's {@code /etc/passwd}: what a user name stands for inside that image. */
record PasswdEntry(String name, int uid, int gid, String home) {

    /** The well-formed entries of a passwd file; comments, blank and malformed lines are skipped as libc does. */
    static List<PasswdEntry> parse(byte[] content) {
        List<PasswdEntry> entries = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.strip().split(":", -1);
            if (f.length < 4 || f[0].isEmpty() || f[0].startsWith("#")) {
                continue;
            }
            Integer uid = UserId.parseOrNull(f[2]);
            Integer gid = UserId.parseOrNull(f[3]);
            if (uid != null && gid != null) {
                entries.add(new PasswdEntry(f[0], uid, gid, f.length > 5 ? f[5] : ""));
            }
        }
        return entries;
    }
}
