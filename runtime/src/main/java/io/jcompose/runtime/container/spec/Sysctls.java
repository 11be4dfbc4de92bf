package io.jcompose.runtime.container.spec;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sysctls a container may set: only those namespaced to its own IPC or network namespace, as Docker allows, since
 * anything else would change the host.
 */
final class Sysctls {

    private static final Set<String> IPC = Set.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
            "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");

    private Sysctls() {
    }

    /** The sysctls in name order; null when there are none. */
    static Map<String, String> of(Map<String, String> sysctls) {
        if (sysctls.isEmpty()) {
            return null;
        }
        for (String name : sysctls.keySet()) {
            if (!IPC.contains(name) && !name.startsWith("fs.mqueue.") && !name.startsWith("net.")) {
                throw new SpecException("sysctl '" + name + "' is not allowed");
            }
        }
        return new TreeMap<>(sysctls);
    }
}
