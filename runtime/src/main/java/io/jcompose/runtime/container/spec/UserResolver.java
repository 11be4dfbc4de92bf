package io.jcompose.runtime.container.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns Docker's user syntax ({@code name}, {@code uid}, {@code uid:gid}, {@code name:group}, empty for root) into
 * ids by reading the container's {@code /etc/passwd} and {@code /etc/group} through {@link RootfsPath}, with
 * runc's rules: a numeric user needs no entry (gid 0 then), a name must have one, supplementary groups come from
 * group membership only when no group is given, and {@code groupAdd} names are looked up too.
 */
public final class UserResolver {

    private UserResolver() {
    }

    public static ResolvedUser resolve(Path rootfs, String user, List<String> groupAdd) throws IOException {
        int colon = user.indexOf(':');
        String userPart = colon < 0 ? user : user.substring(0, colon);
        String groupPart = colon < 0 ? "" : user.substring(colon + 1);
        if (userPart.isEmpty()) {
            userPart = "0";
        }
        List<PasswdEntry> passwd = PasswdEntry.parse(RootfsPath.read(rootfs, "/etc/passwd").orElse(new byte[0]));
        List<GroupEntry> groups = GroupEntry.parse(RootfsPath.read(rootfs, "/etc/group").orElse(new byte[0]));

        Optional<PasswdEntry> entry = findUser(passwd, userPart);
        int uid;
        int gid;
        String home = "/";
        if (entry.isPresent()) {
            uid = entry.get().uid();
            gid = entry.get().gid();
            if (!entry.get().home().isEmpty()) {
                home = entry.get().home();
            }
        } else if (UserId.isNumeric(userPart)) {
            uid = UserId.parse(userPart);
            gid = 0;
        } else {
            throw new SpecException("unable to find user " + userPart + ": no matching entries in passwd file");
        }

        Set<Integer> additional = new LinkedHashSet<>();
        if (!groupPart.isEmpty()) {
            gid = groupId(groups, groupPart);
            additional.add(gid);
        } else {
            additional.add(gid);
            if (entry.isPresent()) {
                String name = entry.get().name();
                for (GroupEntry group : groups) {
                    if (group.members().contains(name)) {
                        additional.add(group.gid());
                    }
                }
            }
        }
        for (String extra : groupAdd) {
            additional.add(groupId(groups, extra));
        }
        return new ResolvedUser(uid, gid, List.copyOf(additional), home);
    }

    private static Optional<PasswdEntry> findUser(List<PasswdEntry> passwd, String userPart) {
        boolean numeric = UserId.isNumeric(userPart);
        int uid = numeric ? UserId.parse(userPart) : -1;
        return passwd.stream()
                .filter(e -> numeric ? e.uid() == uid : e.name().equals(userPart))
                .findFirst();
    }

    private static int groupId(List<GroupEntry> groups, String group) {
        if (UserId.isNumeric(group)) {
            return UserId.parse(group);
        }
        return groups.stream()
                .filter(g -> g.name().equals(group))
                .findFirst()
                .map(GroupEntry::gid)
                .orElseThrow(() -> new SpecException(
                        "unable to find group " + group + ": no matching entries in group file"));
    }
}
