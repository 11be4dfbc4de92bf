package io.jcompose.network.ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds which process holds a host port, from {@code /proc/net/{tcp,udp}[6]} and the socket links under
 * {@code /proc/PID/fd}, so that "port is already allocated" can name the culprit. Best effort: empty when unknown,
 * or when the holder is this process (another container's published port).
 */
public final class PortHolders {

    private final Path proc;
    private final long self;

    public PortHolders(Path proc, long self) {
        this.proc = proc;
        this.self = self;
    }

    /** Reads the host's {@code /proc}. */
    public static PortHolders system() {
        return new PortHolders(Path.of("/proc"), ProcessHandle.current().pid());
    }

    /** {@code PID 1234 (nginx)} of the process holding the port, if it can be found cheaply. */
    public Optional<String> holder(Protocol protocol, int port) {
        String table = protocol == Protocol.TCP ? "tcp" : "udp";
        for (String file : List.of(table, table + "6")) {
            Optional<String> inode = inode(proc.resolve("net").resolve(file), protocol, port);
            if (inode.isPresent()) {
                return owner("socket:[" + inode.get() + "]");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inode(Path table, Protocol protocol, int port) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table);
        } catch (IOException e) {
            return Optional.empty();
        }
        String portHex = String.format(":%04X", port);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 10 || !f[1].toUpperCase().endsWith(portHex)) {
                continue;
            }
            boolean listening = protocol == Protocol.UDP || f[3].equals("0A");
            if (listening && !f[9].equals("0")) {
                return Optional.of(f[9]);
            }
        }
        return Optional.empty();
    }

    private Optional<String> owner(String link) {
        try (Stream<Path> pids = Files.list(proc)) {
            for (Path pid : pids.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (holds(pid, link)) {
                    long n = Long.parseLong(pid.getFileName().toString());
                    return n == self ? Optional.empty() : Optional.of("PID " + n + " (" + command(pid) + ")");
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holds(Path pid, String link) {
        try (Stream<Path> fds = Files.list(pid.resolve("fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(link);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    private static String command(Path pid) {
        try {
            return Files.readString(pid.resolve("comm")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
