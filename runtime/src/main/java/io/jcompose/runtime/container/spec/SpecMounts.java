package io.jcompose.runtime.container.spec;

import io.jcompose.runtime.container.spec.json.MountJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mount list of a container, in the order runc must mount it: Docker's defaults ({@code /proc}, {@code /dev},
 * {@code /dev/pts}, {@code /sys}, {@code /sys/fs/cgroup}, {@code /dev/mqueue}, {@code /dev/shm}) unless the container
 * mounts something at the same place (a mount at {@code /dev} replaces all of {@code /dev/*}), then the container's
 * own mounts sorted so that a parent comes before what is mounted inside it.
 */
final class SpecMounts {

    static final String INIT_PATH = "/sbin/docker-init";

    private static final Set<String> PROPAGATION =
            Set.of("private", "rprivate", "shared", "rshared", "slave", "rslave", "unbindable", "runbindable");

    private SpecMounts() {
    }

    /** Docker's default mounts; {@code /sys} and the cgroup tree are writable only for a privileged container. */
    static List<MountJson> defaults(long shmSize, boolean privileged) {
        String sys = privileged ? "rw" : "ro";
        return List.of(
                new MountJson("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
                new MountJson("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
                new MountJson("/dev/pts", "devpts", "devpts",
                        List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")),
                new MountJson("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", sys)),
                new MountJson("/sys/fs/cgroup", "cgroup", "cgroup", List.of("nosuid", "noexec", "nodev", sys)),
                new MountJson("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")),
                new MountJson("/dev/shm", "tmpfs", "shm",
                        List.of("nosuid", "noexec", "nodev", "mode=1777", "size=" + shmSize)));
    }

    /** The container's tmpfs entries and mounts as OCI mounts, with Docker's default options filled in. */
    static List<MountJson> userMounts(Map<String, String> tmpfs, List<ContainerSpec.Mount> mounts) {
        List<MountJson> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(tmpfs).entrySet()) {
            out.add(new MountJson(destination("tmpfs", e.getKey()), "tmpfs", "tmpfs", TmpfsOptions.merge(e.getValue())));
        }
        for (ContainerSpec.Mount m : mounts) {
            String destination = destination(m.type(), m.destination());
            out.add(switch (m.type()) {
                case "bind" -> new MountJson(destination, "bind", m.source(), bindOptions(m.options()));
                case "tmpfs" -> new MountJson(destination, "tmpfs", "tmpfs", TmpfsOptions.merge(m.options()));
                default -> new MountJson(destination, m.type(), m.source(), m.options());
            });
        }
        return out;
    }

    /** A bind of a file the engine owns ({@code /etc/hosts}...): writable unless the rootfs is read-only, as Docker. */
    static MountJson engineFile(String destination, String hostPath, boolean readOnly) {
        return new MountJson(destination, "bind", hostPath,
                readOnly ? List.of("rbind", "rprivate", "ro") : List.of("rbind", "rprivate"));
    }

    static MountJson initBinary(String hostPath) {
        return new MountJson(INIT_PATH, "bind", hostPath, List.of("bind", "ro"));
    }

    /**
     * Defaults first (minus those the container replaces), then the container's mounts by depth; a destination
     * given twice by the container fails as in Docker.
     */
    static List<MountJson> order(List<MountJson> defaults, List<MountJson> user) {
        Set<String> taken = new HashSet<>();
        for (MountJson m : user) {
            if (!taken.add(m.destination())) {
                throw new SpecException("Duplicate mount point: " + m.destination());
            }
        }
        List<MountJson> out = new ArrayList<>();
        for (MountJson m : defaults) {
            boolean underUserDev = taken.contains("/dev") && m.destination().startsWith("/dev/");
            if (!taken.contains(m.destination()) && !underUserDev) {
                out.add(m);
            }
        }
        List<MountJson> sorted = new ArrayList<>(user);
        sorted.sort(Comparator.comparingInt(m -> depth(m.destination())));
        out.addAll(sorted);
        return List.copyOf(out);
    }

    /** The number of path components: {@code /} is 0, {@code /a/b} is 2. */
    static int depth(String path) {
        int depth = 0;
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                depth++;
            }
        }
        return depth;
    }

    private static List<String> bindOptions(List<String> given) {
        List<String> options = new ArrayList<>();
        if (!given.contains("bind") && !given.contains("rbind")) {
            options.add("rbind");
        }
        options.addAll(given);
        if (given.stream().noneMatch(PROPAGATION::contains)) {
            options.add("rprivate");
        }
        return options;
    }

    /** The cleaned absolute destination, or Docker's error for a relative one or {@code /}. */
    private static String destination(String type, String path) {
        if (!path.startsWith("/")) {
            throw new SpecException("invalid mount config for type \"" + type + "\": invalid mount path: '" + path
                    + "' mount path must be absolute");
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw new SpecException("invalid specification: destination can't be '/'");
        }
        return "/" + String.join("/", parts);
    }
}
