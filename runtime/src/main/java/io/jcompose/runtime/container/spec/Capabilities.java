package io.jcompose.runtime.container.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The capability set of a container as Docker computes it: its 14 defaults, {@code cap_add}/{@code cap_drop}
 * (names with or without {@code CAP_}, any case, {@code ALL}), every capability the kernel has when privileged.
 */
public final class Capabilities {

    /** Linux capability names by number (capability.h, up to 6.x). */
    static final List<String> KNOWN = List.of(
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
            "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
            "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE",
            "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
            "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE",
            "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG",
            "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
            "CAP_CHECKPOINT_RESTORE");

    /** Docker's default set, in Docker's order. */
    public static final List<String> DOCKER_DEFAULTS = List.of(
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID",
            "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL",
            "CAP_AUDIT_WRITE");

    private static final String ALL = "ALL";

    private Capabilities() {
    }

    /** Every capability up to the kernel's last one ({@code /proc/sys/kernel/cap_last_cap}). */
    public static List<String> all(int lastCap) {
        return KNOWN.subList(0, Math.min(lastCap + 1, KNOWN.size()));
    }

    /** The bounding (= effective = permitted) set for the container. */
    public static List<String> of(List<String> capAdd, List<String> capDrop, boolean privileged, int lastCap) {
        if (privileged) {
            return all(lastCap);
        }
        List<String> add = normalize(capAdd);
        List<String> drop = normalize(capDrop);
        Set<String> caps = new LinkedHashSet<>();
        if (add.contains(ALL)) {
            for (String cap : all(lastCap)) {
                if (!drop.contains(cap)) {
                    caps.add(cap);
                }
            }
            return List.copyOf(caps);
        }
        if (!drop.contains(ALL)) {
            for (String cap : DOCKER_DEFAULTS) {
                if (!drop.contains(cap)) {
                    caps.add(cap);
                }
            }
        }
        caps.addAll(add);
        return List.copyOf(caps);
    }

    /** Upper case with the {@code CAP_} prefix; {@code ALL} stays; unknown names fail with Docker's message. */
    static List<String> normalize(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String upper = name.strip().toUpperCase(Locale.ROOT);
            if (upper.equals(ALL)) {
                out.add(ALL);
                continue;
            }
            String cap = upper.startsWith("CAP_") ? upper : "CAP_" + upper;
            if (!KNOWN.contains(cap)) {
                throw new SpecException("unknown capability: \"" + cap + "\"");
            }
            out.add(cap);
        }
        return out;
    }
}
