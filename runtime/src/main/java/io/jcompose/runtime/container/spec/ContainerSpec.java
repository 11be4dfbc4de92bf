package io.jcompose.runtime.container.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the engine was asked to run, already validated and free of the Docker API's wire format, so that the OCI
 * runtime config can be derived from it and the image's run defaults alone.
 *
 * <p>Docker's API semantics are kept where they matter: {@code entrypoint} present but empty resets the image's
 * entrypoint, {@code [""]} resets it and drops the image's Cmd (what {@code docker run --entrypoint ""} sends), an
 * env entry without {@code =} removes the variable, and 0 means "unset" in {@link Resources}.
 *
 * @param openStdin            not part of the OCI config: whoever holds the container's stdio (conmon) keeps stdin
 *                             open
 * @param networkNamespacePath an existing network namespace to join (e.g. {@code /run/netns/x}); empty: a new one
 * @param tmpfs                destination to options as in Docker's {@code HostConfig.Tmpfs} ({@code "size=64m,mode=1777"})
 * @param shmSize              size of {@code /dev/shm} in bytes (Docker's default: 64 MiB)
 * @param securityOpt          {@code no-new-privileges[:true|:false]}, {@code seccomp=unconfined},
 *                             {@code systempaths=unconfined}, {@code apparmor=...}, {@code label=...}; no seccomp
 *                             profile is applied yet, whatever is asked
 */
public record ContainerSpec(
        Optional<List<String>> entrypoint,
        Optional<List<String>> cmd,
        List<String> env,
        Optional<String> user,
        Optional<String> workingDir,
        String hostname,
        String domainname,
        boolean tty,
        boolean openStdin,
        boolean readOnlyRootfs,
        boolean privileged,
        List<String> capAdd,
        List<String> capDrop,
        Map<String, String> sysctls,
        List<Ulimit> ulimits,
        List<String> groupAdd,
        Map<String, String> tmpfs,
        List<Mount> mounts,
        Resources resources,
        boolean init,
        long shmSize,
        int oomScoreAdj,
        List<String> securityOpt,
        Optional<String> networkNamespacePath) {

    /** Docker's default size of {@code /dev/shm}. */
    public static final long DEFAULT_SHM_SIZE = 64L * 1024 * 1024;

    public ContainerSpec {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(domainname, "domainname");
        Objects.requireNonNull(resources, "resources");
        entrypoint = entrypoint.map(List::copyOf);
        cmd = cmd.map(List::copyOf);
        env = List.copyOf(env);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        sysctls = Map.copyOf(sysctls);
        ulimits = List.copyOf(ulimits);
        groupAdd = List.copyOf(groupAdd);
        tmpfs = Map.copyOf(tmpfs);
        mounts = List.copyOf(mounts);
        securityOpt = List.copyOf(securityOpt);
        if (shmSize <= 0) {
            shmSize = DEFAULT_SHM_SIZE;
        }
    }

    /** A builder starting from Docker's defaults: nothing overridden, hostname {@code hostname}. */
    public static ContainerSpecBuilder builder(String hostname) {
        return new ContainerSpecBuilder(hostname);
    }

    /** The sysctls in name order, so that the config is the same for the same spec. */
    public Map<String, String> sortedSysctls() {
        return new TreeMap<>(sysctls);
    }

    /** A resource limit ({@code nofile}, {@code nproc}, ...), Docker's {@code HostConfig.Ulimits} entry; -1 is unlimited. */
    public record Ulimit(String name, long soft, long hard) {
    }

    /**
     * A mount the engine resolved (named volumes already turned into binds of their host directory).
     *
     * @param type    {@code bind}, {@code tmpfs}, or any filesystem type passed through to runc as is
     * @param options mount options as runc takes them ({@code ro}, {@code rprivate}, {@code size=64m}, ...)
     */
    public record Mount(String type, String source, String destination, List<String> options) {
        public Mount {
            options = List.copyOf(options);
        }
    }

    /**
     * Cgroup limits with Docker's units and its convention that 0 means unset ({@code memorySwap} -1: unlimited
     * swap; {@code pidsLimit} 0 or -1: unlimited).
     */
    public record Resources(
            long memory,
            long memoryReservation,
            long memorySwap,
            long nanoCpus,
            long cpuShares,
            long cpuQuota,
            long cpuPeriod,
            Optional<String> cpusetCpus,
            Optional<String> cpusetMems,
            long pidsLimit,
            boolean oomKillDisable) {

        /** No limits at all. */
        public static final Resources NONE =
                new Resources(0, 0, 0, 0, 0, 0, 0, Optional.empty(), Optional.empty(), 0, false);

        public Resources withMemory(long bytes, long swap) {
            return new Resources(bytes, memoryReservation, swap, nanoCpus, cpuShares, cpuQuota, cpuPeriod,
                    cpusetCpus, cpusetMems, pidsLimit, oomKillDisable);
        }

        public Resources withNanoCpus(long nanos) {
            return new Resources(memory, memoryReservation, memorySwap, nanos, cpuShares, cpuQuota, cpuPeriod,
                    cpusetCpus, cpusetMems, pidsLimit, oomKillDisable);
        }

        public Resources withPidsLimit(long limit) {
            return new Resources(memory, memoryReservation, memorySwap, nanoCpus, cpuShares, cpuQuota, cpuPeriod,
                    cpusetCpus, cpusetMems, limit, oomKillDisable);
        }
    }
}
