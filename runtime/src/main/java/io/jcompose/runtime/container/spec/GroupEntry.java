package io.jcompose.runtime.container.spec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of a container's {@code /etc/group}: a group's id and its listed members. */
record GroupEntry(String name, int gid, List<String> members) {

    GroupEntry {
        members = List.copyOf(members);
    }

    /** The well-formed entries of a group file; comments, blank and malformed lines are skipped as libc does. */
    static List<GroupEntry> parse(byte[] content) {
        List<GroupEntry> entries = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.strip().split(":", -1);
            if (f.length < 3 || f[0].isEmpty() || f[0].startsWith("#")) {
                continue;
            }
            Integer gid = UserId.parseOrNull(f[2]);
            if (gid == null) {
                continue;
            }
            List<String> members = new ArrayList<>();
            if (f.length > 3) {
                for (String member : f[3].split(",")) {
                    if (!member.isBlank()) {
                        members.add(member.strip());
                    }
                }
            }
            entries.add(new GroupEntry(f[0], gid, members));
        }
        return entries;
    }
}
