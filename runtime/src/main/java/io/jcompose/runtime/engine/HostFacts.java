package io.jcompose.runtime.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code /info} reports about the machine (name, OS, kernel, CPUs, memory, cgroup version), read once from
 * {@code /proc}, {@code /etc/os-release} and {@code /sys}; tests pass fixed facts.
 */
public record HostFacts(String hostname, String operatingSystem, String osVersion, String kernelVersion,
        String architecture, int cpus, long memTotal, String cgroupVersion) {

    /** The facts of this machine; anything unreadable is reported as empty or zero, never as a failure. */
    public static HostFacts read() {
        List<String> osRelease = lines(Path.of("/etc/os-release"));
        return new HostFacts(
                lines(Path.of("/proc/sys/kernel/hostname")).stream().findFirst().orElse("").strip(),
                osField(osRelease, "PRETTY_NAME", "Linux"),
                osField(osRelease, "VERSION_ID", ""),
                System.getProperty("os.version"),
                dockerArchitecture(System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                memTotal(lines(Path.of("/proc/meminfo"))),
                Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers")) ? "2" : "1");
    }

    /** Docker names the architecture as {@code uname -m} does: x86_64, aarch64. */
    static String dockerArchitecture(String javaArch) {
        return switch (javaArch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> javaArch;
        };
    }

    static String osField(List<String> osRelease, String key, String fallback) {
        for (String line : osRelease) {
            if (line.startsWith(key + "=")) {
                String v = line.substring(key.length() + 1).strip();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return fallback;
    }

    static long memTotal(List<String> meminfo) {
        for (String line : meminfo) {
            if (line.startsWith("MemTotal:")) {
                String[] parts = line.substring("MemTotal:".length()).strip().split("\\s+");
                try {
                    return Long.parseLong(parts[0]) * 1024;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
