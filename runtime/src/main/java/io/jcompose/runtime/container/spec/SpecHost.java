package io.jcompose.runtime.container.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the config of a container depends on about the host it will run on; read once when the engine starts, and
 * given by hand in tests.
 *
 * @param lastCap   the kernel's highest capability number ({@code /proc/sys/kernel/cap_last_cap})
 * @param swapLimit whether the memory cgroup accounts swap; without it a swap limit would make runc fail
 * @param cpus      the CPUs a container may be given at most
 * @param cgroupV2  a unified (v2-only) cgroup hierarchy: containers then get their own cgroup namespace, as Docker
 *                  does there; with v1 or hybrid they see the host's, as Docker's default
 */
public record SpecHost(int lastCap, boolean swapLimit, int cpus, boolean cgroupV2) {

    /** This machine, from /proc and /sys/fs/cgroup. */
    public static SpecHost detect() {
        return detect(Path.of("/proc/sys/kernel/cap_last_cap"), Path.of("/sys/fs/cgroup"));
    }

    static SpecHost detect(Path capLastCap, Path cgroupRoot) {
        int lastCap;
        try {
            lastCap = Integer.parseInt(Files.readString(capLastCap).strip());
        } catch (IOException | NumberFormatException e) {
            lastCap = Capabilities.KNOWN.size() - 1;
        }
        boolean v2 = Files.exists(cgroupRoot.resolve("cgroup.controllers"));
        boolean swap = v2 ? controllers(cgroupRoot).contains("memory")
                : Files.exists(cgroupRoot.resolve("memory/memory.memsw.limit_in_bytes"));
        return new SpecHost(lastCap, swap, Runtime.getRuntime().availableProcessors(), v2);
    }

    private static String controllers(Path cgroupRoot) {
        try {
            return Files.readString(cgroupRoot.resolve("cgroup.controllers"));
        } catch (IOException e) {
            return "";
        }
    }
}
