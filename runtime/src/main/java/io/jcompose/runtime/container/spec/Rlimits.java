package io.jcompose.runtime.container.spec;

import io.jcompose.runtime.container.spec.json.ProcessJson;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code process.rlimits} for the ulimits a container asked for, and nothing else: runc then leaves every other
 * limit as the engine's process has it, which can never be above the host's hard limits (raising one fails even
 * as root).
 */
final class Rlimits {

    /** The names Docker accepts ({@code as} is refused there too). */
    static final Set<String> NAMES = Set.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice",
            "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");

    private Rlimits() {
    }

    /** The rlimits, the last of two same-named ulimits winning; null when none was asked for. */
    static List<ProcessJson.Rlimit> of(List<ContainerSpec.Ulimit> ulimits) {
        if (ulimits.isEmpty()) {
            return null;
        }
        Map<String, ProcessJson.Rlimit> byName = new LinkedHashMap<>();
        for (ContainerSpec.Ulimit ulimit : ulimits) {
            String name = ulimit.name().strip().toLowerCase(Locale.ROOT);
            if (!NAMES.contains(name)) {
                throw new SpecException("invalid ulimit type: " + ulimit.name());
            }
            if (Long.compareUnsigned(ulimit.soft(), ulimit.hard()) > 0) {
                throw new SpecException("ulimit soft limit must be less than or equal to hard limit: "
                        + ulimit.soft() + " > " + ulimit.hard());
            }
            byName.remove(name);
            byName.put(name, new ProcessJson.Rlimit("RLIMIT_" + name.toUpperCase(Locale.ROOT),
                    unsigned(ulimit.hard()), unsigned(ulimit.soft())));
        }
        return List.copyOf(byName.values());
    }

    /** -1 (unlimited) becomes RLIM_INFINITY, 2^64-1. */
    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }
}
