package io.jcompose.runtime.container.spec;

import io.jcompose.runtime.container.spec.json.LinuxResourcesJson;
import io.jcompose.runtime.container.spec.json.LinuxResourcesJson.DeviceRule;
import java.util.List;

/**
 * Docker's resource settings turned into OCI cgroup limits with Docker's checks and conversions: {@code NanoCpus}
 * becomes a CFS quota over a 100 ms period, swap defaults to twice the memory limit where the kernel accounts swap
 * (and is left out where it does not), and the device cgroup allows only Docker's default devices.
 */
final class SpecResources {

    /** CFS period Docker uses for {@code NanoCpus}, in microseconds. */
    static final long NANO_CPUS_PERIOD = 100_000;

    private static final long MIN_MEMORY = 6L * 1024 * 1024;

    /**
     * Docker's default device cgroup: deny everything, then allow null, zero, urandom, random, tty, console (the
     * pts behind it is allowed by runc's own rules with ptmx), and deny fuse explicitly.
     */
    static final List<DeviceRule> DEFAULT_DEVICES = List.of(
            new DeviceRule(false, null, null, null, "rwm"),
            new DeviceRule(true, "c", 1L, 5L, "rwm"),
            new DeviceRule(true, "c", 1L, 3L, "rwm"),
            new DeviceRule(true, "c", 1L, 9L, "rwm"),
            new DeviceRule(true, "c", 1L, 8L, "rwm"),
            new DeviceRule(true, "c", 5L, 0L, "rwm"),
            new DeviceRule(true, "c", 5L, 1L, "rwm"),
            new DeviceRule(false, "c", 10L, 229L, "rwm"));

    /** A privileged container may use every device. */
    static final List<DeviceRule> ALL_DEVICES = List.of(new DeviceRule(true, null, null, null, "rwm"));

    private SpecResources() {
    }

    static LinuxResourcesJson of(ContainerSpec.Resources r, boolean privileged, SpecHost host) {
        check(r, host);
        return new LinuxResourcesJson(privileged ? ALL_DEVICES : DEFAULT_DEVICES, memory(r, host), cpu(r), pids(r));
    }

    private static LinuxResourcesJson.Memory memory(ContainerSpec.Resources r, SpecHost host) {
        Long limit = r.memory() > 0 ? r.memory() : null;
        Long reservation = r.memoryReservation() > 0 ? r.memoryReservation() : null;
        Long swap = null;
        if (host.swapLimit()) {
            if (r.memorySwap() > 0 || r.memorySwap() == -1) {
                swap = r.memorySwap();
            } else if (r.memorySwap() == 0 && r.memory() > 0) {
                swap = r.memory() * 2;
            }
        }
        Boolean disableOom = r.oomKillDisable() ? Boolean.TRUE : null;
        if (limit == null && reservation == null && swap == null && disableOom == null) {
            return null;
        }
        return new LinuxResourcesJson.Memory(limit, reservation, swap, disableOom);
    }

    private static LinuxResourcesJson.Cpu cpu(ContainerSpec.Resources r) {
        Long shares = r.cpuShares() > 0 ? r.cpuShares() : null;
        Long quota = r.cpuQuota() > 0 ? r.cpuQuota() : null;
        Long period = r.cpuPeriod() > 0 ? r.cpuPeriod() : null;
        if (r.nanoCpus() > 0) {
            period = NANO_CPUS_PERIOD;
            quota = r.nanoCpus() * NANO_CPUS_PERIOD / 1_000_000_000L;
        }
        String cpus = r.cpusetCpus().filter(s -> !s.isBlank()).orElse(null);
        String mems = r.cpusetMems().filter(s -> !s.isBlank()).orElse(null);
        if (shares == null && quota == null && period == null && cpus == null && mems == null) {
            return null;
        }
        return new LinuxResourcesJson.Cpu(shares, quota, period, cpus, mems);
    }

    private static LinuxResourcesJson.Pids pids(ContainerSpec.Resources r) {
        return r.pidsLimit() > 0 ? new LinuxResourcesJson.Pids(r.pidsLimit()) : null;
    }

    /** The checks Docker makes when a container is created, with its messages. */
    private static void check(ContainerSpec.Resources r, SpecHost host) {
        if (r.memory() != 0 && r.memory() < MIN_MEMORY) {
            throw new SpecException("Minimum memory limit allowed is 6MB");
        }
        if (r.memorySwap() > 0 && r.memory() == 0) {
            throw new SpecException("You should always set the Memory limit when using Memoryswap limit, see usage");
        }
        if (r.memory() > 0 && r.memorySwap() > 0 && r.memorySwap() < r.memory()) {
            throw new SpecException("Minimum memoryswap limit should be larger than memory limit, see usage");
        }
        if (r.memoryReservation() != 0 && r.memoryReservation() < MIN_MEMORY) {
            throw new SpecException("Minimum memory reservation allowed is 6MB");
        }
        if (r.memory() > 0 && r.memoryReservation() > 0 && r.memory() < r.memoryReservation()) {
            throw new SpecException(
                    "Minimum memory limit can not be less than memory reservation limit, see usage");
        }
        if (r.nanoCpus() > 0 && r.cpuPeriod() > 0) {
            throw new SpecException("Conflicting options: Nano CPUs and CPU Period cannot both be set");
        }
        if (r.nanoCpus() > 0 && r.cpuQuota() > 0) {
            throw new SpecException("Conflicting options: Nano CPUs and CPU Quota cannot both be set");
        }
        if (r.nanoCpus() < 0 || r.nanoCpus() > host.cpus() * 1_000_000_000L) {
            throw new SpecException("Range of CPUs is from 0.01 to " + host.cpus() + ".00, as there are only "
                    + host.cpus() + " CPUs available");
        }
        if (r.cpuPeriod() != 0 && (r.cpuPeriod() < 1000 || r.cpuPeriod() > 1_000_000)) {
            throw new SpecException(
                    "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
        }
        if (r.cpuQuota() > 0 && r.cpuQuota() < 1000) {
            throw new SpecException("CPU cfs quota can not be less than 1ms (i.e. 1000)");
        }
    }
}
